import { cancelOrderWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { awardOrderPointsWorkflow } from "../../src/workflows/loyalty/workflows/award-order-points"
import { reverseOrderPointsWorkflow } from "../../src/workflows/loyalty/workflows/reverse-order-points"
import { createAdminUser, createCustomers } from "../helpers/auth"
import { checkoutWithPoints, createDoublePointsSerum, createOrder, createRegions, entryByReference, ledgerOfCustomer, payOrder, waitFor } from "../helpers/loyalty-orders"
import { createFrontDesk, fulfillItems, returnItems } from "../helpers/returns"
import { setLoyaltyRules } from "../helpers/storefront"

jest.setTimeout(120_000)

const RULES = { earn_rates: { vnd: 10_000, usd: 1 }, collection_multipliers: {}, pending_days: 0, expiry_months: 12, signup_bonus: 0 }

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let region: Record<string, string>
    let lan: string

    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const entry = (reference: string) => waitFor(() => entryByReference(getContainer(), reference))
    /** an order of 1,550,000 VND (155 points), awarded */
    const awardedOrder = async (items = [{ title: "Hydrating facial", quantity: 2, unit_price: 775_000 }]) => {
      const order = await createOrder(getContainer(), { region_id: region.vnd, customer_id: lan, items })
      await awardOrderPointsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      return order
    }
    /** the payment's newest refund */
    const latestRefund = async (paymentId: string) => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({ entity: "refund", fields: ["id", "amount", "created_at"], filters: { payment_id: paymentId } })
      return (data as { id: string; created_at: Date }[]).sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at)).pop()!
    }
    const refund = async (paymentId: string, amount: number) => {
      await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId, amount } })
      return latestRefund(paymentId)
    }

    beforeEach(async () => {
      const container = getContainer()
      await setLoyaltyRules(container, RULES)
      region = await createRegions(container, ["vnd"])
      ;[{ id: lan }] = await createCustomers(container, [{ email: "lan@example.vn" }])
    })

    describe("cancel", () => {
      it("takes back all the order's points when it is canceled (order.canceled)", async () => {
        const order = await awardedOrder()
        expect((await ledgerOfCustomer(getContainer(), lan)).balance).toBe(155)

        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const reversal = await entry(`order:${order.id}:cancel`)
        expect(reversal).toEqual(expect.objectContaining({ kind: "reverse", points: -155, order_id: order.id, reason: "Order canceled", metadata: null }))
        expect((await ledgerOfCustomer(getContainer(), lan)).balance).toBe(0)

        // a replayed cancel books nothing more
        await reverseOrderPointsWorkflow(getContainer()).run({ input: { cause: "cancel", order_id: order.id } })
        expect(await loyalty().listPointsEntries({ order_id: order.id })).toHaveLength(2)
      })

      it("brings the balance to zero, never below, when the points were already spent, and records what could not be recovered", async () => {
        const order = await awardedOrder()
        const { account } = await ledgerOfCustomer(getContainer(), lan)
        await loyalty().bookEntries([{ account_id: account.id, kind: "redeem", points: -100, reference: "redeem:cart:elsewhere", reason: "Spent at checkout" }])

        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        const reversal = await entry(`order:${order.id}:cancel`)
        expect(reversal.points).toBe(-55)
        expect(reversal.metadata).toEqual({ unrecovered_points: 100 })
        expect(await ledgerOfCustomer(getContainer(), lan)).toEqual(expect.objectContaining({ balance: 0, spendable: 0 }))
      })

      it("gives back the points a canceled order was paid with, and takes back what it earned", async () => {
        const container = getContainer()
        const { shopper: hoa, order } = await checkoutWithPoints(api, container)
        // 300,000 paid in money: 30 points, awarded on order.placed
        await entry(`order:${order.id}:earn`)

        await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        expect(await entry(`order:${order.id}:cancel-redeem`)).toEqual(
          expect.objectContaining({ kind: "adjust", points: 200, order_id: order.id, reason: "Points given back: order canceled" })
        )
        expect((await entry(`order:${order.id}:cancel`)).points).toBe(-30)
        expect((await ledgerOfCustomer(container, hoa.customer_id)).balance).toBe(1000)
      })
    })

    describe("refunds", () => {
      it("takes back points in proportion to each refund (payment.refunded), and a later cancel only the rest", async () => {
        const order = await awardedOrder()
        const payment = await payOrder(getContainer(), order)

        // 310,000 of 1,550,000 = 20 %: 31 points
        const first = await refund(payment.id, 310_000)
        expect(await entry(`refund:${first.id}`)).toEqual(
          expect.objectContaining({ kind: "reverse", points: -31, order_id: order.id, reason: "Order refunded" })
        )
        // 155,000 more: 30 % in all = 46.5, rounded down: 15 more
        const second = await refund(payment.id, 155_000)
        expect((await entry(`refund:${second.id}`)).points).toBe(-15)
        expect((await ledgerOfCustomer(getContainer(), lan)).balance).toBe(155 - 46)

        // the cancel takes what the refunds left, never more than the order earned
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect((await entry(`order:${order.id}:cancel`)).points).toBe(-109)
        expect((await ledgerOfCustomer(getContainer(), lan)).balance).toBe(0)

        // the payment's refunds replayed: nothing more
        const { result } = await reverseOrderPointsWorkflow(getContainer()).run({ input: { cause: "refund", payment_id: payment.id } })
        expect(result.created).toEqual([])
      })

      it("never takes back more than the order earned, however much is refunded", async () => {
        const order = await awardedOrder()
        const payment = await payOrder(getContainer(), order)
        const all = await refund(payment.id, 1_550_000)
        expect((await entry(`refund:${all.id}`)).points).toBe(-155)
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        // the cancel finds nothing left to take (and so books nothing)
        await reverseOrderPointsWorkflow(getContainer()).run({ input: { cause: "cancel", order_id: order.id } })
        expect(await entryByReference(getContainer(), `order:${order.id}:cancel`)).toBeUndefined()
        expect((await ledgerOfCustomer(getContainer(), lan)).balance).toBe(0)
      })
    })

    describe("returns", () => {
      it("takes back the returned items' own points (order.return_received), and refunding the return takes nothing more", async () => {
        const container = getContainer()
        const serumId = await createDoublePointsSerum(container)
        // serums earn double: 2 × 150,000 × 2 / 10,000 = 60, the massage 20: 80 points on 500,000
        const order = await awardedOrder([
          { title: "Vitamin C serum", quantity: 2, unit_price: 150_000, product_id: serumId } as any,
          { title: "Head massage", quantity: 1, unit_price: 200_000 },
        ])
        expect((await ledgerOfCustomer(container, lan)).balance).toBe(80)
        const payment = await payOrder(container, order)

        // everything handed over, then one serum comes back (Medusa emits order.return_received)
        const desk = await createFrontDesk(container)
        await fulfillItems(container, desk, order.id, order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) })))
        const serum = order.items!.find((i) => i.title === "Vitamin C serum")!
        const returnId = await returnItems(container, desk, order.id, [{ id: serum.id, quantity: 1 }])
        expect(await entry(`return:${returnId}`)).toEqual(
          expect.objectContaining({ kind: "reverse", points: -30, order_id: order.id, reason: "Items returned" })
        )

        // the serum's money back: its points already went with the return
        const forReturn = await refund(payment.id, 150_000)
        const { result } = await reverseOrderPointsWorkflow(container).run({ input: { cause: "refund", payment_id: payment.id } })
        expect(result.created).toEqual([])
        expect(await entryByReference(container, `refund:${forReturn.id}`)).toBeUndefined()

        // a goodwill refund beyond it: 100,000 of 500,000 = 20 % of 80 = 16 points
        const goodwill = await refund(payment.id, 100_000)
        expect((await entry(`refund:${goodwill.id}`)).points).toBe(-16)
        expect((await ledgerOfCustomer(container, lan)).balance).toBe(80 - 30 - 16)
      })
    })

    describe("points already spent", () => {
      it("takes back only what is left when a refund and a return come after the points were spent, never going below zero, and shows the admin what could not be recovered", async () => {
        const container = getContainer()
        const { headers: admin } = await createAdminUser(container)
        const order = await awardedOrder()
        const payment = await payOrder(container, order)
        // she spends 150 of the order's 155 points at the front desk
        await api.post(`/admin/customers/${lan}/loyalty/adjustments`, { points: -150, note: "Gift set taken with points" }, admin)

        // 20 % refunded through the admin's refund (Medusa emits payment.refunded): 31 points due, 5 left to take
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 310_000 }, admin)
        const refunded = await latestRefund(payment.id)
        expect(await entry(`refund:${refunded.id}`)).toEqual(
          expect.objectContaining({ kind: "reverse", points: -5, metadata: { unrecovered_points: 26 } })
        )

        // one of the two facials comes back: half the order's points (77) less the refund's 31 = 46 due, nothing left
        const desk = await createFrontDesk(container)
        await fulfillItems(container, desk, order.id, order.items!.map((i) => ({ id: i.id, quantity: Number(i.quantity) })))
        const returnId = await returnItems(container, desk, order.id, [{ id: order.items![0].id, quantity: 1 }])
        expect(await entry(`return:${returnId}`)).toEqual(
          expect.objectContaining({ kind: "reverse", points: 0, metadata: { unrecovered_points: 46 } })
        )
        expect(await ledgerOfCustomer(container, lan)).toEqual(expect.objectContaining({ balance: 0, spendable: 0 }))

        // where the admin reads it: the order's points, the member's history and standing
        const { data: orderPoints } = await api.get(`/admin/orders/${order.id}/loyalty`, admin)
        expect(orderPoints).toEqual(expect.objectContaining({ earned: 155, reversed: 5, unrecovered: 26 + 46 }))
        const { data: history } = await api.get(`/admin/customers/${lan}/loyalty/entries?kind=reverse`, admin)
        expect(history.entries.map((e: { reference: string; points: number; metadata: unknown }) => [e.reference, e.points, e.metadata])).toEqual([
          [`return:${returnId}`, 0, { unrecovered_points: 46 }],
          [`refund:${refunded.id}`, -5, { unrecovered_points: 26 }],
        ])
        expect((await api.get(`/admin/customers/${lan}/loyalty`, admin)).data.loyalty).toEqual(expect.objectContaining({ balance: 0 }))
      })
    })
  },
})
