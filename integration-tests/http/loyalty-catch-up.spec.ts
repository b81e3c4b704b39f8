import { Modules } from "@medusajs/framework/utils"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { config as atStartConfig } from "../../src/jobs/catch-up-loyalty-points-at-start"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { catchUpMissedOrderEvents } from "../../src/workflows/loyalty/operations/catch-up-missed-events"
import { createCustomers } from "../helpers/auth"
import { createOrder, createRegions, emitEvent, ledgerOfCustomer, payOrder, waitFor } from "../helpers/loyalty-orders"
import { setLoyaltyRules } from "../helpers/storefront"

jest.setTimeout(120_000)

/**
 * A crash between an order event and its booking loses the event (Medusa's
 * in-memory event bus holds it in memory only). These orders are changed the
 * way Medusa's workflows change them, but their events never arrive; the
 * catch-up then books exactly what the events would have.
 */
spaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let loyalty: LoyaltyModuleService
    let region: Record<string, string>
    let lan: string

    beforeEach(async () => {
      const container = getContainer()
      loyalty = container.resolve(LOYALTY_MODULE)
      await setLoyaltyRules(container, { earn_rates: { vnd: 10_000 }, pending_days: 0, expiry_months: 12, signup_bonus: 0 })
      region = await createRegions(container, ["vnd"])
      ;[{ id: lan }] = await createCustomers(container, [{ email: "lan@example.vn" }])
    })

    const place = (amount: number) =>
      createOrder(getContainer(), { region_id: region.vnd, customer_id: lan, items: [{ title: "Facial", quantity: 1, unit_price: amount }] })
    const pointsByReference = async () =>
      Object.fromEntries((await ledgerOfCustomer(getContainer(), lan)).entries.map((e) => [e.reference, e.points]))

    it("books placed orders, cancellations and refunds whose events were lost, once however often it runs", async () => {
      const container = getContainer()
      const kept = await place(100_000)
      const canceled = await place(200_000)
      const refunded = await place(300_000)
      // small amounts: she stays Standard (multiplier 1) whatever the order of the bookings
      // the cancel and the refund happen in Medusa's modules; their events are lost too
      await emitEvent(container, "order.placed", { id: canceled.id })
      await waitFor(async () => (await pointsByReference())[`order:${canceled.id}:earn`])
      await container.resolve(Modules.ORDER).cancel(canceled.id)
      const payment = await payOrder(container, refunded)
      await container.resolve(Modules.PAYMENT).refundPayment({ payment_id: payment.id, amount: 150_000 })

      const missed = await catchUpMissedOrderEvents(container, { until: new Date() })
      expect(missed.placed.sort()).toEqual([kept.id, refunded.id].sort())
      expect(missed.reversals).toEqual(
        expect.arrayContaining([{ cause: "cancel", order_id: canceled.id }, { cause: "refund", payment_id: payment.id }])
      )
      const refunds = await container.resolve(Modules.PAYMENT).listRefunds({ payment_id: payment.id })
      const booked = await pointsByReference()
      expect(booked).toEqual({
        [`order:${kept.id}:earn`]: 10,
        [`order:${canceled.id}:earn`]: 20,
        [`order:${canceled.id}:cancel`]: -20,
        [`order:${refunded.id}:earn`]: 30,
        [`refund:${refunds[0].id}`]: -15,
      })

      const again = await catchUpMissedOrderEvents(container, { until: new Date() })
      expect([again.placed, again.reversals]).toEqual([[], []])
      expect(await pointsByReference()).toEqual(booked)
      expect(await loyalty.listAwardFailures({})).toEqual([])
    })

    it("leaves out a refund with nothing left to take back (after a cancel took the order's points): not found at every sweep", async () => {
      const container = getContainer()
      const order = await place(300_000)
      const payment = await payOrder(container, order)
      await emitEvent(container, "order.placed", { id: order.id })
      await waitFor(async () => (await pointsByReference())[`order:${order.id}:earn`])
      await container.resolve(Modules.ORDER).cancel(order.id)
      await emitEvent(container, "order.canceled", { id: order.id })
      await waitFor(async () => (await pointsByReference())[`order:${order.id}:cancel`])
      // the money goes back after the cancel; its event is lost, and there is nothing left to reverse
      await container.resolve(Modules.PAYMENT).refundPayment({ payment_id: payment.id, amount: 300_000 })
      const booked = await pointsByReference()
      expect(booked).toEqual({ [`order:${order.id}:earn`]: 30, [`order:${order.id}:cancel`]: -30 })

      const missed = await catchUpMissedOrderEvents(container, { until: new Date() })
      expect([missed.placed, missed.reversals]).toEqual([[], []])
      expect(await pointsByReference()).toEqual(booked)
    })

    it("leaves alone what happened after its cut-off: those events may still be on their way", async () => {
      const order = await place(100_000)
      const placedAt = new Date(order.created_at as Date).getTime()
      // the cut-off is exclusive: an order placed at that very moment waits for the next sweep
      const missed = await catchUpMissedOrderEvents(getContainer(), { until: new Date(placedAt) })
      expect(missed.placed).not.toContain(order.id)
      expect(await pointsByReference()).toEqual({})

      const next = await catchUpMissedOrderEvents(getContainer(), { until: new Date(placedAt + 1) })
      expect(next.placed).toEqual([order.id])
      expect(await pointsByReference()).toEqual({ [`order:${order.id}:earn`]: 10 })
    })

    it("runs once, seconds after the server starts, for what happened before the start", () => {
      expect(atStartConfig.schedule).toEqual({ interval: expect.any(Number), numberOfExecutions: 1 })
      expect(atStartConfig.schedule.interval).toBeLessThanOrEqual(10_000)
    })
  },
})
