import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createCustomersWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../src/modules/customer-facts"
import { ORDER_FACT_FIELDS, orderFactOf, type OrderForFacts } from "../../src/modules/customer-facts/order-facts"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { createCustomers } from "../helpers/auth"
import { createOrder, createRegions, emitEvent, payOrder, waitFor } from "../helpers/loyalty-orders"
import { createFrontDesk, fulfillItems, returnItems } from "../helpers/returns"
import { setLoyaltyRules } from "../helpers/storefront"

jest.setTimeout(300_000)

/** A small deterministic random source: the same sequence every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// the business columns of each facts table (ids and timestamps of the rows themselves differ after a rebuild)
const TABLES = {
  facts_order:
    "order_id, customer_id, currency_code, placed_at, counted, canceled_at, current_total, paid_total, refunded_total, net_spend, " +
    "customer_seq, prev_order_at, next_order_at, spend_to_date, service_quantity, staff_user_ids",
  facts_order_item:
    "order_id, customer_id, item_id, product_id, variant_id, collection_id, title, placed_at, counted, quantity, returned_quantity, total, currency_code, kind",
  facts_customer: "customer_id, registered_at, orders_count, first_order_at, last_order_at, recent_gap_days::text, avg_gap_days",
  facts_customer_spend: "customer_id, currency_code, orders_count, net_spend, avg_order_value, first_order_at, last_order_at",
}

spaIntegrationTestRunner({
  testSuite: ({ getContainer, dbConnection }) => {
    const facts = () => getContainer().resolve<CustomerFactsModuleService>(CUSTOMER_FACTS_MODULE)

    /** Every facts row, business columns only, in a stable order. */
    async function allFacts() {
      const tables: Record<string, unknown[]> = {}
      for (const [table, columns] of Object.entries(TABLES)) {
        const { rows } = await dbConnection.raw(`SELECT ${columns} FROM ${table} WHERE deleted_at IS NULL ORDER BY 1, 2, 3`)
        tables[table] = rows
      }
      return tables
    }

    /** What Medusa says about the order now, as its facts. */
    async function currentFacts(orderId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ORDER_FACT_FIELDS, filters: { id: orderId } })
      const { items = [], exists, ...order } = orderFactOf(orderId, (data[0] as OrderForFacts) ?? null)
      return { order, items: items.length, returned: items.reduce((sum, i) => sum + i.returned_quantity, 0) }
    }

    /** Waits until the events set off by a change have rewritten the order's facts to Medusa's state. */
    async function factsFollow(orderId: string) {
      await waitFor(async () => {
        const expected = await currentFacts(orderId)
        const [stored] = await facts().listOrderFacts({ order_id: orderId })
        const items = await facts().listOrderItemFacts({ order_id: orderId })
        return (
          !!stored &&
          stored.net_spend === Number(expected.order.net_spend) &&
          stored.refunded_total === Number(expected.order.refunded_total) &&
          stored.paid_total === Number(expected.order.paid_total) &&
          stored.counted === expected.order.counted &&
          items.length === expected.items &&
          items.reduce((sum, i) => sum + i.returned_quantity, 0) === expected.returned
        )
      }, { timeout: 30_000 })
    }

    it("keeps, through Medusa's order events, the same facts a rebuild from scratch finds, row for row", async () => {
      const container = getContainer()
      await setLoyaltyRules(container, { earn_rates: { vnd: 10_000, usd: 1 }, pending_days: 0, signup_bonus: 0 })
      const region = await createRegions(container, ["vnd", "usd"])
      const desk = await createFrontDesk(container, ["vnd", "usd"])
      // through Medusa's workflow: customer.created records when each arrived
      const { result: customers } = await createCustomersWorkflow(container).run({
        input: { customersData: ["lan", "mai", "hoa", "anna", "john"].map((n) => ({ email: `${n}@example.vn` })) },
      })
      await waitFor(async () => (await facts().listCustomerFacts({ customer_id: customers.map((c) => c.id), registered_at: { $ne: null } })).length === 5)
      const next = random(20261202)
      const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
      const placed: { id: string; currency: "vnd" | "usd"; paid?: string; canceled?: boolean; fulfilled?: boolean; items: { id: string; quantity: number }[] }[] = []
      const counts = { placed: 0, paid: 0, refunded: 0, canceled: 0, returned: 0 }

      let turn = 0
      for (let step = 0; step < 36; step++) {
        const open = placed.filter((o) => !o.canceled)
        // among the changes the orders so far allow
        const possible = [
          ...(open.some((o) => !o.paid) ? ["pay", "cancel"] : []),
          ...(open.some((o) => o.paid) ? ["refund"] : []),
          ...(open.some((o) => o.items.some((i) => i.quantity > 0)) ? ["return"] : []),
        ]
        // every kind in turn, the orders and amounts at random
        const action = step < 6 || !possible.length || step % 3 === 0 ? "place" : possible[turn++ % possible.length]
        if (action === "place") {
          const currency = pick(["vnd", "usd"] as const)
          const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({
            title: `Treatment ${i + 1}`,
            quantity: 1 + Math.floor(next() * 3),
            unit_price: currency === "vnd" ? 100_000 * (1 + Math.floor(next() * 20)) : 10 + Math.round(next() * 19_000) / 100,
          }))
          const order = await createOrder(container, { region_id: region[currency], customer_id: pick(customers).id, items })
          await emitEvent(container, "order.placed", { id: order.id })
          await factsFollow(order.id)
          const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.*"], filters: { id: order.id } })
          placed.push({ id: order.id, currency, items: (data[0] as { items: { id: string; quantity: number }[] }).items })
          counts.placed++
        } else if (action === "pay") {
          const order = pick(open.filter((o) => !o.paid))
          const full = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "total"], filters: { id: order.id } })
          order.paid = (await payOrder(container, full.data[0] as { id: string; total: unknown })).id
          await factsFollow(order.id)
          counts.paid++
        } else if (action === "refund") {
          const order = pick(open.filter((o) => o.paid))
          const amount = order.currency === "vnd" ? 50_000 : 5.5
          await refundPaymentWorkflow(container).run({ input: { payment_id: order.paid!, amount } })
          await factsFollow(order.id)
          counts.refunded++
        } else if (action === "cancel") {
          const order = pick(open.filter((o) => !o.paid))
          await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
          order.canceled = true
          await factsFollow(order.id)
          counts.canceled++
        } else {
          const order = pick(open.filter((o) => o.items.some((i) => i.quantity > 0)))
          const item = order.items.find((i) => i.quantity > 0)!
          // handed over before it comes back; Medusa's return flow emits order.return_received
          if (!order.fulfilled) await fulfillItems(container, desk, order.id, order.items.map((i) => ({ id: i.id, quantity: i.quantity })))
          order.fulfilled = true
          await returnItems(container, desk, order.id, [{ id: item.id, quantity: 1 }])
          item.quantity--
          await factsFollow(order.id)
          counts.returned++
        }
      }
      // the sequence exercised every kind of change, in both currencies
      expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([])
      expect(new Set(placed.map((o) => o.currency)).size).toBe(2)

      const incremental = await allFacts()
      expect(incremental.facts_order).toHaveLength(counts.placed)
      // each customer's counted orders in a currency, in order: their rank, the orders before and after, her spend up to each
      type OrderRow = { order_id: string; customer_id: string; currency_code: string; placed_at: Date; counted: boolean; net_spend: string; customer_seq: number | null; prev_order_at: Date | null; next_order_at: Date | null; spend_to_date: string | null }
      const orderRows = incremental.facts_order as OrderRow[]
      const runs = new Map<string, OrderRow[]>()
      for (const o of orderRows.filter((o) => o.counted)) runs.set(`${o.customer_id}:${o.currency_code}`, [...(runs.get(`${o.customer_id}:${o.currency_code}`) ?? []), o])
      for (const run of runs.values()) {
        run.sort((a, b) => +a.placed_at - +b.placed_at || a.order_id.localeCompare(b.order_id))
        let spend = 0
        run.forEach((o, i) => {
          spend += Number(o.net_spend)
          expect([o.customer_seq, o.prev_order_at, o.next_order_at, Number(o.spend_to_date)]).toEqual([
            i + 1,
            run[i - 1]?.placed_at ?? null,
            run[i + 1]?.placed_at ?? null,
            expect.closeTo(spend, 2),
          ])
        })
      }
      expect(orderRows.filter((o) => !o.counted).every((o) => o.customer_seq === null && o.next_order_at === null)).toBe(true)
      // every line's total as Medusa counts it (a line given back whole is worth nothing)
      const lines = incremental.facts_order_item as { quantity: number; returned_quantity: number; total: string }[]
      expect(lines.filter((i) => (Number(i.total) > 0) !== i.quantity > i.returned_quantity)).toEqual([])
      expect([...runs.values()].some((run) => run.length > 1)).toBe(true)
      expect(incremental.facts_customer_spend.length).toBeGreaterThan(1)
      const counted = await rebuildCustomerFacts(container)
      expect(counted.orders).toBe(counts.placed)
      expect(await allFacts()).toEqual(incremental)
    })

    it("removes the facts of an order Medusa no longer has, and recomputes its customer", async () => {
      const container = getContainer()
      const region = await createRegions(container, ["vnd"])
      const [lan] = await createCustomers(container, [{ email: "lan@example.vn" }])
      const kept = await createOrder(container, { region_id: region.vnd, customer_id: lan.id, items: [{ title: "Facial", quantity: 1, unit_price: 400_000 }] })
      const gone = await createOrder(container, { region_id: region.vnd, customer_id: lan.id, items: [{ title: "Massage", quantity: 1, unit_price: 600_000 }] })
      await rebuildCustomerFacts(container)
      expect((await facts().listCustomerSpends({ customer_id: lan.id }))[0]).toEqual(expect.objectContaining({ orders_count: 2, net_spend: 1_000_000 }))

      await container.resolve(Modules.ORDER).softDeleteOrders([gone.id])
      const counted = await rebuildCustomerFacts(container)
      expect(counted.forgotten).toBe(1)
      expect((await facts().listOrderFacts({ customer_id: lan.id })).map((o) => o.order_id)).toEqual([kept.id])
      expect((await facts().listCustomerSpends({ customer_id: lan.id }))[0]).toEqual(expect.objectContaining({ orders_count: 1, net_spend: 400_000 }))
    })
  },
})
