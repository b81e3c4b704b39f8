import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { awardOrdersPoints } from "../../src/workflows/loyalty/workflows/award-order-points"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { progressBar } from "./progress"

/**
 * The demo's points history, booked through the plugin's own workflows: the
 * points of every order (the same award workflow `order.placed` runs;
 * cancelled orders earn nothing), the customer facts rebuilt from the seeded
 * (backdated) orders, then one tier refresh that puts everyone in her tier's
 * customer group. (Demo customers have no storefront account, so
 * no sign-up bonus: that goes to shoppers who register.)
 */
export async function ensureDemoLoyalty(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // every demo order, also those of an earlier run: bookings are idempotent
  const orderIds: string[] = (
    await knex("order").select("id").whereRaw("metadata->>'demo_key' IS NOT NULL").orderBy("created_at")
  ).map((r: { id: string }) => r.id)

  const awards = progressBar("points for orders", orderIds.length)
  for (let i = 0; i < orderIds.length; i += 250) {
    await awardOrdersPoints(container, orderIds.slice(i, i + 250))
    awards.tick(Math.min(i + 250, orderIds.length))
  }
  awards.done()

  // seed-only: entries dated when they were earned, so the history reads like one
  await knex.raw(`UPDATE loyalty_points_entry e SET created_at = o.created_at, updated_at = o.created_at
                  FROM "order" o WHERE e.order_id = o.id AND e.kind = 'earn'`)

  // the seeded orders were created without order.placed: their facts are read in one rebuild
  const bars: Record<string, ReturnType<typeof progressBar>> = {}
  await rebuildCustomerFacts(container, {
    onProgress: ({ stage, done, total }) => {
      const bar = (bars[stage] ??= progressBar(stage === "orders" ? "order facts" : "customer facts", total))
      bar.tick(done)
      if (done >= total) bar.done()
    },
  })

  const { result } = await refreshAllTiersWorkflow(container).run({ input: {} })
  console.log(`  tiers: ${result.changes.length} members placed in their tier`)
}
