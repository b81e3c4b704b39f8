import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createRegionsWorkflow,
  createProductsWorkflow,
  markPaymentCollectionAsPaid,
} from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { createCart, createStorefront, givePoints, payAndComplete, registerShopper, setLoyaltyRules } from "./storefront"

export type OrderItem = { title: string; quantity: number; unit_price: number; product_id?: string; variant_id?: string }

/** One region per currency, keyed by currency code. */
export async function createRegions(container: MedusaContainer, currencies: string[]) {
  const { result } = await createRegionsWorkflow(container).run({
    input: { regions: currencies.map((currency_code) => ({ name: currency_code.toUpperCase(), currency_code })) },
  })
  return Object.fromEntries(result.map((r) => [r.currency_code, r.id])) as Record<string, string>
}

/**
 * An order placed through Medusa's createOrderWorkflow (which, unlike cart
 * completion, emits no `order.placed`: the tests emit it themselves).
 */
export async function createOrder(
  container: MedusaContainer,
  input: { region_id: string; customer_id?: string; items: OrderItem[]; credit_lines?: { amount: number; reference: string; reference_id: string }[] }
) {
  const { result } = await createOrderWorkflow(container).run({
    // with a customer, her own email: another one makes Medusa attach a guest customer of that email instead
    input: { ...(input.customer_id ? {} : { email: "guest@example.vn" }), ...input } as CreateOrderDTO,
  })
  return result
}

/** Pays the order in full through Medusa's system provider (authorized and captured); returns the payment. */
export async function payOrder(container: MedusaContainer, order: { id: string; total: unknown }) {
  const { result: collections } = await createOrderPaymentCollectionWorkflow(container).run({
    input: { order_id: order.id, amount: Number(order.total) },
  })
  const { result: payment } = await markPaymentCollectionAsPaid(container).run({
    input: { order_id: order.id, payment_collection_id: collections[0].id },
  })
  return payment
}

/** Emits an event through the app's event bus, the way Medusa's workflows do. */
export async function emitEvent(container: MedusaContainer, name: string, data: Record<string, unknown>, times = 1) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  await eventBus.emit(Array.from({ length: times }, () => ({ name, data })))
}

/** Polls until `check` returns something truthy (subscribers run after the event is emitted). */
export async function waitFor<T>(check: () => Promise<T>, { timeout = 15_000, interval = 100 } = {}): Promise<NonNullable<T>> {
  const until = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() > until) throw new Error(`waitFor: nothing after ${timeout} ms`)
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

/** The ledger entry with this business key, or undefined. */
export async function entryByReference(container: MedusaContainer, reference: string) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const [entry] = await loyalty.listPointsEntries({ reference })
  return entry
}

/** A customer's account (opened if needed), its entries oldest first and its balance. */
export async function ledgerOfCustomer(container: MedusaContainer, customerId: string) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.ensureAccounts([customerId])
  const entries = await loyalty.listPointsEntries({ account_id: account.id }, { order: { created_at: "ASC" }, take: null })
  const [summary] = await loyalty.summarisePoints([account.id])
  return { account, entries, ...summary }
}

type Api = Parameters<typeof registerShopper>[0]

/**
 * A whole storefront checkout paid partly with points: a shopper with 1,000
 * points buys a 400,000 VND service and spends 200 points (100,000 VND) on it,
 * so 300,000 is paid in money. Cart completion emits `order.placed` itself.
 */
export async function checkoutWithPoints(api: Api, container: MedusaContainer) {
  await setLoyaltyRules(container, { min_redeem_points: 100, max_redeem_percent: 50, point_values: { vnd: 500 } })
  const store = await createStorefront(container, { currency: "vnd", price: 400_000 })
  const shopper = await registerShopper(api, store, "hoa@example.vn")
  await givePoints(container, shopper.customer_id, 1000)
  const cartId = await createCart(api, store, shopper)
  await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 200 }, shopper.headers)
  const completed = await payAndComplete(api, shopper, cartId)
  return { shopper, cartId, order: completed.data.order as { id: string; total: number } }
}

/** A "Skincare" collection whose serum earns `multiplier` times the points; returns the serum's product id. */
export async function createDoublePointsSerum(container: MedusaContainer, multiplier = 2) {
  const { result: collections } = await createCollectionsWorkflow(container).run({ input: { collections: [{ title: "Skincare" }] } })
  const { result: products } = await createProductsWorkflow(container).run({
    input: { products: [{ title: "Vitamin C serum", collection_id: collections[0].id, options: [{ title: "Size", values: ["30 ml"] }] }] },
  })
  await setLoyaltyRules(container, { collection_multipliers: { [collections[0].id]: multiplier } })
  return products[0].id
}
