import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, completeOrderWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
// Medusa's payment and fulfillment flows, as the tests drive them
import { payOrder } from "../../integration-tests/helpers/loyalty-orders"
import { fulfillItems } from "../../integration-tests/helpers/returns"
import { CATALOG, type DemoOrder, generateOrderPlan } from "./demo-data"
import type { SeededCustomer } from "./customers"
import { backdateOrderHistory } from "./backdate"
import { progressBar, runPool } from "./progress"
import type { DemoStore } from "./store"

// Medusa's order workflows hold their own transactions: a few at once keep both cores busy
const CONCURRENCY = Number(process.env.DEMO_CONCURRENCY || 6)
const DAY_MS = 86_400_000
const priceBySku = new Map(CATALOG.flatMap((p) => p.variants.map((v) => [v.sku, v.prices] as const)))

/** The order as Medusa's own order workflow takes it; demo_key makes reruns skip it. */
function orderInput(order: DemoOrder, key: string, customer: { id: string; email: string }, store: DemoStore) {
  return {
    region_id: store.regionByCurrency[order.currency],
    currency_code: order.currency,
    sales_channel_id: store.salesChannelId,
    customer_id: customer.id,
    email: customer.email,
    items: order.items.map((item) => ({
      variant_id: store.variantBySku.get(item.variant_sku)!,
      quantity: item.quantity,
      unit_price: priceBySku.get(item.variant_sku)![order.currency],
      // prices are shown tax-inclusive in a spa; this also skips a price lookup
      is_tax_inclusive: true,
      // treatments are given and products handed over at the spa: nothing ships
      requires_shipping: false,
    })),
    metadata: { demo_key: key },
  }
}

export type DemoOrderLife = { order: DemoOrder; state: OrderState }

type OrderState = {
  id: string
  key: string
  canceled: boolean
  paid: boolean
  fulfilled: boolean
  total: number
  itemIds: { id: string; quantity: number }[]
}

/** The demo orders already in the database (an interrupted run), read through Query. */
export async function readDemoOrders(container: MedusaContainer, customerIds: string[]): Promise<Map<string, OrderState>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "canceled_at", "total", "items.id", "items.quantity", "payment_collections.status", "fulfillments.id"],
    filters: { customer_id: customerIds },
  })
  const states = new Map<string, OrderState>()
  for (const o of data as any[]) {
    const key = o.metadata?.demo_key
    if (typeof key === "string") states.set(key, stateOf(o, key))
  }
  return states
}

function stateOf(o: any, key: string): OrderState {
  return {
    id: o.id,
    key,
    canceled: !!o.canceled_at,
    paid: (o.payment_collections ?? []).some((pc: any) => pc?.status === "completed"),
    fulfilled: (o.fulfillments ?? []).length > 0,
    total: Number(o.total),
    itemIds: (o.items ?? []).map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })),
  }
}

/**
 * One order's life, each step through Medusa's own workflow: placed, then
 * (unless the client cancelled the booking) paid at the counter (payment
 * captured), and once the treatment was given, fulfilled at the spa.
 */
export async function liveOrder(
  container: MedusaContainer,
  order: DemoOrder,
  key: string,
  customer: SeededCustomer,
  store: DemoStore,
  state: OrderState | undefined,
  now: number
) {
  if (!state) {
    const { result } = await createOrderWorkflow(container).run({
      input: orderInput(order, key, customer, store) as any,
    })
    state = stateOf(result, key)
  }
  if (order.cancel) {
    if (!state.canceled) await cancelOrderWorkflow(container).run({ input: { order_id: state.id } })
    return state
  }
  if (!state.paid) {
    await payOrder(container, state)
    state.paid = true
  }
  // bookings of the last day are paid ahead, the treatment still to come
  if (!state.fulfilled && order.placed_at.getTime() < now - DAY_MS) {
    const desk = { location_id: store.fulfillment.locationId, shipping_option_id: store.fulfillment.inStoreOptionId }
    await fulfillItems(container, desk, state.id, state.itemIds)
    state.fulfilled = true
  }
  return state
}

/**
 * Orders over the last 12 months, through Medusa's order, payment and
 * fulfillment workflows so totals, payment and fulfillment status are real;
 * then dated. Returns every demo order in date order.
 */
export async function ensureDemoOrders(
  container: MedusaContainer,
  customers: SeededCustomer[],
  store: DemoStore,
  count: number
) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const plan = generateOrderPlan(customers, CATALOG, count)
  const existing = await readDemoOrders(container, [...new Set(plan.map((o) => customers[o.customer_index].id))])
  const now = Date.now()

  const orders: DemoOrderLife[] = []
  const bar = progressBar("orders placed, paid, fulfilled", plan.length)
  await runPool(
    plan.map((order, i) => ({ order, key: `demo-order-${i}` })),
    CONCURRENCY,
    async ({ order, key }) => {
      const state = await liveOrder(container, order, key, customers[order.customer_index], store, existing.get(key), now)
      orders.push({ order, state })
    },
    (n) => bar.tick(n)
  )
  bar.done()
  orders.sort((a, b) => a.order.placed_at.getTime() - b.order.placed_at.getTime())

  await backdateOrderHistory(
    knex,
    orders.map((o) => o.state.id),
    orders.map((o) => o.order.placed_at)
  )

  return orders
}

/** Orders more than two weeks old are done with: completed, as a spa's back office would. */
export async function completeSettledOrders(container: MedusaContainer, orders: DemoOrderLife[]) {
  const twoWeeksAgo = Date.now() - 14 * DAY_MS
  const settled = orders.filter((o) => !o.order.cancel && o.order.placed_at.getTime() < twoWeeksAgo)
  for (let i = 0; i < settled.length; i += 200) {
    await completeOrderWorkflow(container).run({
      input: { orderIds: settled.slice(i, i + 200).map((o) => o.state.id) },
    })
  }
}
