import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"

type Api = {
  get: (url: string, config?: object) => Promise<any>
  post: (url: string, body?: object, config?: object) => Promise<any>
  delete: (url: string, config?: object) => Promise<any>
}

export type Storefront = {
  /** headers of an anonymous storefront request */
  guest: { headers: Record<string, string> }
  region_id: string
  /** one service per currency, priced `prices` (no shipping profile: nothing to ship) */
  variant_id: string
}

export type Shopper = { customer_id: string; email: string; headers: { headers: Record<string, string> } }

/**
 * A storefront the way a shop sets it up: a sales channel behind a publishable
 * API key, a region paying through Medusa's system provider, and one service
 * (a product without shipping profile or managed stock, like a spa treatment).
 */
export async function createStorefront(
  container: MedusaContainer,
  { currency = "vnd", price = 400_000 }: { currency?: string; price?: number } = {}
): Promise<Storefront> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Online booking" }] },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channels[0].id] } })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: currency.toUpperCase(), currency_code: currency, payment_providers: ["pp_system_default"] }] },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Hydrating facial",
          handle: `hydrating-facial-${currency}`,
          status: "published",
          options: [{ title: "Duration", values: ["60 min"] }],
          variants: [
            { title: "60 min", options: { Duration: "60 min" }, manage_inventory: false, prices: [{ amount: price, currency_code: currency }] },
          ],
          sales_channels: [{ id: channels[0].id }],
        },
      ],
    },
  })
  return {
    guest: { headers: { "x-publishable-api-key": keys[0].token } },
    region_id: regions[0].id,
    variant_id: products[0].variants[0].id,
  }
}

/** A shopper who registers and signs in through the store API, as a storefront does. */
export async function registerShopper(api: Api, store: Storefront, email: string): Promise<Shopper> {
  const password = "correct horse battery staple"
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: email.split("@")[0] },
    { headers: { ...store.guest.headers, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer_id: data.customer.id,
    email,
    headers: { headers: { ...store.guest.headers, authorization: `Bearer ${login.data.token}` } },
  }
}

/** Books spendable points for a customer straight into the ledger; returns her account id. */
export async function givePoints(container: MedusaContainer, customerId: string, points: number, reference = `test:grant:${customerId}`) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.ensureAccounts([customerId])
  await loyalty.bookEntries([{ account_id: account.id, kind: "earn", points, reference, reason: "Test grant" }])
  return account.id
}

/** Makes the programme's rules what a test states, whatever their defaults (a map stated replaces the stored one). */
export async function setLoyaltyRules(container: MedusaContainer, rules: Record<string, unknown>) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  await loyalty.saveSettings(rules)
}

/** The shopper's cart with `quantity` of the storefront's service. */
export async function createCart(api: Api, store: Storefront, shopper: Shopper, quantity = 1) {
  const { data } = await api.post("/store/carts", { region_id: store.region_id }, shopper.headers)
  await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: store.variant_id, quantity }, shopper.headers)
  return data.cart.id as string
}

/** A payment session with Medusa's system provider, then completion; returns the complete route's answer. */
export async function payAndComplete(api: Api, shopper: Shopper, cartId: string) {
  const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper.headers)
  await api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    shopper.headers
  )
  return api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers)
}

/** Every ledger entry of an account, oldest first. */
export async function ledgerOf(container: MedusaContainer, accountId: string) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  return loyalty.listPointsEntries({ account_id: accountId }, { order: { created_at: "ASC" }, take: null })
}

/** The customer's orders, straight from the order module. */
export async function ordersOf(container: MedusaContainer, customerId: string) {
  return container.resolve(Modules.ORDER).listOrders({ customer_id: customerId }, { relations: ["credit_lines"] })
}
