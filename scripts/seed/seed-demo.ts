import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { ensureDemoCustomers } from "./customers"
import { ensureDemoAftercare } from "./aftercare"
import { seedBehaviour, seedCustomerCities } from "./behaviour"
import { seedCustomerSets } from "./customer-sets"
import { seedFeedback } from "./feedback"
import { awardDemoPoints, settleDemoLoyalty } from "./loyalty"
import { completeSettledOrders, ensureDemoOrders } from "./orders"
import { ensureRegisteredShoppers } from "./shoppers"
import { ensureDemoStore } from "./store"
import { ensureStorefrontShopper, writeStorefrontConfig } from "./storefront"

// Bump when the demo data changes shape, so existing demo databases are completed.
const SEED_VERSION = "6"
const CUSTOMER_COUNT = Number(process.env.DEMO_CUSTOMERS || 300)
const ORDER_COUNT = Number(process.env.DEMO_ORDERS || 220)

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || "admin@lotus-spa.test",
  password: process.env.DEMO_ADMIN_PASSWORD || "lotus-spa-demo",
}

/** The admin login printed by `npm run demo`: created once, through Medusa's own user workflow. */
async function ensureAdminUser(container: MedusaContainer) {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing) return
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: DEMO_ADMIN.email, first_name: "Mai", last_name: "Phạm" }] },
  })
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  } as any)
  if (error || !authIdentity) throw new Error(`could not create the demo admin: ${error}`)
  await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
}

export default async function seedDemo({ container }: ExecArgs) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await ensureAdminUser(container)

  if (store.metadata?.spa_crm_demo_seed === SEED_VERSION) {
    console.log(`  demo data: already seeded (version ${SEED_VERSION}), nothing to add`)
  } else {
    await seedSpa(container)
  }
  // every start: the storefront app reads its key and regions from this file
  if (process.env.DEMO_STOREFRONT_CONFIG) await writeStorefrontConfig(container, process.env.DEMO_STOREFRONT_CONFIG)
}

async function seedSpa(container: MedusaContainer) {
  const started = Date.now()
  const storeModule = container.resolve(Modules.STORE)

  console.log(`  seeding the demo spa: ${CUSTOMER_COUNT} customers, ${ORDER_COUNT} orders`)
  const demoStore = await ensureDemoStore(container)
  const customers = await ensureDemoCustomers(container, CUSTOMER_COUNT)
  const orders = await ensureDemoOrders(container, customers, demoStore, ORDER_COUNT)
  // every demo order, also those of an earlier run: bookings are idempotent
  await awardDemoPoints(container, orders.map((o) => o.state.id))
  // after the walk-ins' points: the shoppers register with their referral codes
  const shopperOrders = await ensureRegisteredShoppers(container, customers, demoStore)
  // after the points: returns and refunds take some of them back
  await ensureDemoAftercare(container, orders, demoStore)
  await settleDemoLoyalty(container)
  await completeSettledOrders(container, [...orders, ...shopperOrders])
  // a Gold client with a storefront login, printed by `npm run demo`
  await ensureStorefrontShopper(container)
  // where they live, then how they behave, what they said: what the sets select on
  await seedCustomerCities(container)
  await seedBehaviour(container)
  await seedFeedback(container, {
    orders: [...orders, ...shopperOrders].map(({ order, state }) => ({ id: state.id, placed_at: order.placed_at })),
  })
  await seedCustomerSets(container, { now: new Date() })

  // read again: the steps above keep their own marks in the store's metadata
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...store.metadata, spa_crm_demo_seed: SEED_VERSION } },
    },
  })
  console.log(`  demo data: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
