import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { awardDemoPoints } from "./loyalty"
import { backdate, backdateOrderHistory } from "./backdate"
import type { SeededCustomer } from "./customers"
import { CATALOG, type DemoOrder, generateCustomers, Rng } from "./demo-data"
import { type DemoOrderLife, liveOrder, readDemoOrders } from "./orders"
import { waitFor } from "../../integration-tests/helpers/loyalty-orders"
import { progressBar } from "./progress"
import type { DemoStore } from "./store"

const SHOPPER_COUNT = 8
const REFERRED_COUNT = 5
const DAY_MS = 86_400_000
export const SHOPPER_PASSWORD = "lotus-shopper"

const services = CATALOG.filter((p) => p.is_service)

/**
 * A handful of shoppers who registered on the storefront over the last six
 * weeks, most of them on a loyal client's referral code: each a Medusa
 * customer account (auth identity + `createCustomerAccountWorkflow`, so
 * `customer.created` gives the sign-up bonus and records the referrer), then
 * one to three paid treatments, the first of which brings both referral
 * bonuses. Beside them, the other demo customers are walk-in guests without
 * an account. Returns the shoppers' orders.
 */
export async function ensureRegisteredShoppers(
  container: MedusaContainer,
  walkIns: SeededCustomer[],
  store: DemoStore
): Promise<DemoOrderLife[]> {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const authModule = container.resolve(Modules.AUTH)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rng = new Rng(23)
  const now = Date.now()

  // their own seed, with addresses no walk-in guest has
  const taken = new Set(walkIns.map((c) => c.email))
  const shoppers = generateCustomers(SHOPPER_COUNT * 2, 2024)
    .filter((c) => !taken.has(c.email))
    .slice(0, SHOPPER_COUNT)
  const loyalClients = walkIns.filter((c) => c.activity === "loyal")
  const referrers = rng.sample(loyalClients, REFERRED_COUNT)
  const referralCodes = await loyalty.listLoyaltyAccounts(
    { customer_id: referrers.map((c) => c.id) },
    { select: ["customer_id", "referral_code"] }
  )

  const existing = await customerModule.listCustomers({ email: shoppers.map((s) => s.email) }, { select: ["id", "email"] })
  const bar = progressBar("registered shoppers", shoppers.length)
  const registered: { customer: SeededCustomer; registeredAt: Date }[] = []
  for (const [i, shopper] of shoppers.entries()) {
    const registeredAt = new Date(now - rng.int(3, 42) * DAY_MS)
    let id = existing.find((c) => c.email === shopper.email)?.id
    if (!id) {
      const { authIdentity, error } = await authModule.register("emailpass", {
        body: { email: shopper.email, password: SHOPPER_PASSWORD },
      } as any)
      if (error || !authIdentity) throw new Error(`could not register ${shopper.email}: ${error}`)
      const code = referralCodes.find((a) => a.customer_id === referrers[i]?.id)?.referral_code
      const { result } = await createCustomerAccountWorkflow(container).run({
        input: {
          authIdentityId: authIdentity.id,
          customerData: {
            email: shopper.email,
            first_name: shopper.first_name,
            last_name: shopper.last_name,
            phone: shopper.phone,
            metadata: code ? { referral_code: code } : undefined,
          },
        },
      })
      id = result.id
    }
    registered.push({ customer: { ...shopper, id }, registeredAt })
    bar.tick(i + 1)
  }
  bar.done()

  // `customer.created` books the sign-up bonus in a subscriber: their first orders wait for it
  const customerIds = registered.map((r) => r.customer.id)
  await waitFor(
    async () => {
      const bonuses = await loyalty.listPointsEntries(
        { reference: customerIds.map((id) => `signup:${id}`) },
        { select: ["id"] }
      )
      return bonuses.length === customerIds.length
    },
    { timeout: 60_000 }
  )

  const earlier = await readDemoOrders(container, customerIds)
  const orders: DemoOrderLife[] = []
  for (const [s, { customer, registeredAt }] of registered.entries()) {
    const visits = rng.int(1, 3)
    for (let v = 0; v < visits; v++) {
      const since = registeredAt.getTime() + DAY_MS
      const placed_at = new Date(since + rng.float() * (now - since))
      const service = rng.pick(services)
      const order: DemoOrder = {
        customer_index: s,
        placed_at,
        currency: customer.currency,
        items: [{ product_handle: service.handle, variant_sku: rng.pick(service.variants).sku, quantity: 1 }],
        cancel: false,
      }
      const key = `demo-shopper-${s}-${v}`
      const state = await liveOrder(container, order, key, customer, store, earlier.get(key), now)
      orders.push({ order, state })
    }
  }
  await backdateOrderHistory(knex, orders.map((o) => o.state.id), orders.map((o) => o.order.placed_at))
  await awardDemoPoints(container, orders.map((o) => o.state.id), "shoppers' points")

  await backdate(knex, "customer", customerIds, registered.map((r) => r.registeredAt))
  await knex.raw(
    `UPDATE loyalty_points_entry e SET created_at = v.at, updated_at = v.at
     FROM (SELECT unnest(?::text[]) AS reference, unnest(?::timestamptz[]) AS at) v WHERE e.reference = v.reference`,
    [customerIds.map((id) => `signup:${id}`), registered.map((r) => r.registeredAt.toISOString())]
  )
  return orders
}
