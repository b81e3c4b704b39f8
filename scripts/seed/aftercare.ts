import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
// the same six steps the admin's "Request return" and "Receive" take (the tests use them too)
import { returnItems } from "../../integration-tests/helpers/returns"
import { LOYALTY_OPERATIONS } from "../../src/workflows/loyalty/operations/loyalty-operations"
import { CATALOG, Rng } from "./demo-data"
import type { DemoOrderLife } from "./orders"
import { progressBar, runPool } from "./progress"
import type { DemoStore } from "./store"

const SHARE_RETURNED = 0.012
const SHARE_REFUNDED = 0.012
// a goodwill gesture after a complaint: part of the treatment paid back
const GOODWILL_SHARE = 0.3
const DAY_MS = 86_400_000
const productSkus = new Set(CATALOG.filter((p) => !p.is_service).flatMap((p) => p.variants.map((v) => v.sku)))

type Aftercare = { kind: "return" | "refund"; order_id: string }

type OrderForAftercare = {
  id: string
  currency_code: string
  total: number
  returns?: { id: string }[]
  items: { id: string; variant_sku: string | null; unit_price: number; quantity: number }[]
  payment_collections: { payments: { id: string; refunds?: { id: string }[] }[] }[]
}

/** Rounded as a spa would pay back: whole thousands of đồng, whole dollars. */
const roundMoney = (amount: number, currency: string) =>
  currency === "vnd" ? Math.round(amount / 1000) * 1000 : Math.round(amount)

/**
 * A few of last year's orders come back, through Medusa's own workflows: a
 * skincare product returned at the counter and paid back (a return received,
 * then a refund), a treatment partly refunded after a complaint. Medusa emits
 * `order.return_received` and `payment.refunded`; the plugin's subscribers take
 * the points back. Runs after the points were booked, and waits for those
 * reversals, so the demo shows them in the members' histories.
 */
export async function ensureDemoAftercare(container: MedusaContainer, orders: DemoOrderLife[], store: DemoStore) {
  const rng = new Rng(11)
  const now = Date.now()
  const settled = orders.filter(
    (o) => !o.order.cancel && o.state.paid && o.state.fulfilled && o.order.placed_at.getTime() < now - 14 * DAY_MS
  )
  const withProduct = settled.filter((o) => o.order.items.some((i) => productSkus.has(i.variant_sku)))
  const servicesOnly = settled.filter((o) => !o.order.items.some((i) => productSkus.has(i.variant_sku)))
  const plan: Aftercare[] = [
    ...rng.sample(withProduct, Math.round(settled.length * SHARE_RETURNED)).map((o) => ({ kind: "return" as const, order_id: o.state.id })),
    ...rng.sample(servicesOnly, Math.round(settled.length * SHARE_REFUNDED)).map((o) => ({ kind: "refund" as const, order_id: o.state.id })),
  ]
  if (!plan.length) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "total",
      "returns.id",
      "items.id",
      "items.variant_sku",
      "items.unit_price",
      "items.quantity",
      "payment_collections.payments.id",
      "payment_collections.payments.refunds.id",
    ],
    filters: { id: plan.map((p) => p.order_id) },
  })
  const orderById = new Map((data as unknown as OrderForAftercare[]).map((o) => [o.id, o]))

  const done: { order_id: string; return_id?: string; payment_id: string }[] = []
  const bar = progressBar("returns and refunds", plan.length)
  await runPool(
    plan,
    4,
    async ({ kind, order_id }) => {
      const order = orderById.get(order_id)!
      const payment = order.payment_collections[0].payments[0]
      let return_id = order.returns?.[0]?.id
      // an earlier, interrupted run got this far
      if (payment.refunds?.length) return void done.push({ order_id, return_id, payment_id: payment.id })
      let amount: number
      if (kind === "return") {
        const item = order.items.find((i) => i.variant_sku && productSkus.has(i.variant_sku))!
        if (!return_id) {
          const desk = { location_id: store.fulfillment.locationId, shipping_option_id: store.fulfillment.inStoreOptionId }
          return_id = await returnItems(container, desk, order_id, [{ id: item.id, quantity: 1 }])
        }
        amount = Number(item.unit_price)
      } else {
        amount = roundMoney(Number(order.total) * GOODWILL_SHARE, order.currency_code)
      }
      await refundPaymentWorkflow(container).run({
        input: { payment_id: payment.id, amount, note: kind === "return" ? "Product returned" : "Goodwill refund after a complaint" },
      })
      done.push({ order_id, return_id, payment_id: payment.id })
    },
    (n) => bar.tick(n)
  )
  bar.done()

  // The subscribers run these on Medusa's events; running them here as well
  // (idempotent by business key, under the order's lock: whichever comes
  // second books nothing) lets the seed end only once every reversal is booked.
  for (const { order_id, return_id, payment_id } of done) {
    if (return_id) await LOYALTY_OPERATIONS["reverse-order-points"](container, { cause: "return", order_id, return_id })
    await LOYALTY_OPERATIONS["reverse-order-points"](container, { cause: "refund", payment_id })
  }
}
