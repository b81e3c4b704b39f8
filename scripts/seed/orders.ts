import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  completeOrderWorkflow,
  createOrderWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATALOG, type DemoOrder, generateOrderPlan } from "./demo-data"
import type { SeededCustomer } from "./customers"
import { backdate } from "./backdate"
import { progressBar, runPool } from "./progress"
import type { DemoStore } from "./store"

const CONCURRENCY = 4
const priceBySku = new Map(CATALOG.flatMap((p) => p.variants.map((v) => [v.sku, v.prices] as const)))

/** The order as Medusa's own order workflow takes it; demo_key makes reruns skip it. */
function orderInput(order: DemoOrder, key: string, customer: SeededCustomer, store: DemoStore) {
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
    })),
    metadata: { demo_key: key },
  }
}

/**
 * Orders over the last 12 months, created through Medusa's order workflow so
 * totals are real; then dated, a few cancelled, the older ones completed.
 * Returns the ids of orders created in this run with their plan, in date order.
 */
export async function ensureDemoOrders(
  container: MedusaContainer,
  customers: SeededCustomer[],
  store: DemoStore,
  count: number
) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const plan = generateOrderPlan(customers, CATALOG, count)
  const keyOf = (i: number) => `demo-order-${i}`

  const rows: { key: string }[] = await knex("order")
    .select(knex.raw("metadata->>'demo_key' as key"))
    .whereRaw("metadata->>'demo_key' IS NOT NULL")
  const existing = new Set(rows.map((r) => r.key))
  const todo = plan.map((order, i) => ({ order, key: keyOf(i) })).filter(({ key }) => !existing.has(key))

  const created: { id: string; key: string; order: DemoOrder }[] = []
  const bar = progressBar("orders", todo.length)
  await runPool(
    todo,
    CONCURRENCY,
    async ({ order, key }) => {
      const { result } = await createOrderWorkflow(container).run({
        input: orderInput(order, key, customers[order.customer_index], store) as any,
      })
      created.push({ id: result.id, key, order })
    },
    (n) => bar.tick(n)
  )
  bar.done()
  if (!created.length) return created

  created.sort((a, b) => a.order.placed_at.getTime() - b.order.placed_at.getTime())
  await backdate(knex, "order", created.map((c) => c.id), created.map((c) => c.order.placed_at))

  const toCancel = created.filter((c) => c.order.cancel)
  const cancelBar = progressBar("cancelled orders", toCancel.length)
  await runPool(
    toCancel,
    CONCURRENCY,
    async ({ id }) => {
      await cancelOrderWorkflow(container).run({ input: { order_id: id } })
    },
    (n) => cancelBar.tick(n)
  )
  cancelBar.done()

  const twoWeeksAgo = Date.now() - 14 * 86400_000
  const toComplete = created.filter((c) => !c.order.cancel && c.order.placed_at.getTime() < twoWeeksAgo)
  for (let i = 0; i < toComplete.length; i += 200) {
    await completeOrderWorkflow(container).run({
      input: { orderIds: toComplete.slice(i, i + 200).map((c) => c.id) },
    })
  }
  return created
}
