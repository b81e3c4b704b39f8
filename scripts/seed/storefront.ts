import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateCustomersWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { SHOPPER_PASSWORD } from "./shoppers"

/** Where the demo keeps its printed storefront shopper: the store's metadata, read on every start. */
const SHOPPER_KEY = "spa_crm_demo_storefront_shopper"

/**
 * The shopper `npm run demo` prints beside the admin: a loyal Gold client
 * paying in VND with a year of visits (and so points, history and orders to
 * rate), given a storefront login. She was a walk-in guest: her customer gets
 * an email/password identity and `has_account`, as when a guest registers.
 */
export async function ensureStorefrontShopper(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const authModule = container.resolve(Modules.AUTH)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store.metadata?.[SHOPPER_KEY]) return String(store.metadata[SHOPPER_KEY])

  // our own tables: the Gold member with the most points among those who spend in đồng
  const { rows } = await knex.raw(
    `SELECT a.customer_id, SUM(e.points) AS points
       FROM loyalty_account a
       JOIN loyalty_points_entry e ON e.account_id = a.id AND e.deleted_at IS NULL
      WHERE a.deleted_at IS NULL AND a.tier_id = 'lytier_gold'
        AND EXISTS (SELECT 1 FROM facts_customer_spend s
                     WHERE s.customer_id = a.customer_id AND s.currency_code = 'vnd' AND s.deleted_at IS NULL)
      GROUP BY a.customer_id ORDER BY points DESC, a.customer_id LIMIT 1`
  )
  if (!rows.length) throw new Error("the demo has no Gold member paying in VND to sign in as")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: rows[0].customer_id } })

  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: customer.email, password: SHOPPER_PASSWORD },
  } as any)
  if (error || !authIdentity) throw new Error(`could not give ${customer.email} a storefront login: ${error}`)
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { customer_id: customer.id } })
  await updateCustomersWorkflow(container).run({
    input: { selector: { id: customer.id }, update: { has_account: true } },
  })
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, [SHOPPER_KEY]: customer.email } } },
  })
  return customer.email as string
}

export type StorefrontConfig = {
  publishableKey: string
  regions: { id: string; name: string; currency_code: string; country_code: string }[]
  shopper: { email: string; password: string } | null
}

/**
 * What the demo storefront needs to call the store API, written on every
 * demo start (a few reads) to the file `npm run demo` serves as
 * /config.json: the publishable key, the regions and the shopper to print.
 */
export async function writeStorefrontConfig(container: MedusaContainer, file: string) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const regionModule = container.resolve(Modules.REGION)
  const storeModule = container.resolve(Modules.STORE)
  const [key] = await apiKeyModule.listApiKeys({ title: "Lotus storefront", type: "publishable", revoked_at: null })
  const regions = await regionModule.listRegions({}, { relations: ["countries"], order: { name: "DESC" } })
  const [store] = await storeModule.listStores()
  const email = store.metadata?.[SHOPPER_KEY]
  const config: StorefrontConfig = {
    publishableKey: key?.token ?? "",
    // Vietnam first: the spa's home
    regions: regions.map((r) => ({
      id: r.id,
      name: r.name,
      currency_code: r.currency_code,
      country_code: r.countries?.[0]?.iso_2 ?? "",
    })),
    shopper: email ? { email: String(email), password: SHOPPER_PASSWORD } : null,
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(config, null, 2))
  return config
}
