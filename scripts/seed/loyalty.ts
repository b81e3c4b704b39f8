import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { awardOrdersPoints } from "../../src/workflows/loyalty/workflows/award-order-points"
import { refreshAllTiersWorkflow } from "../../src/workflows/loyalty/workflows/refresh-all-tiers"
import { progressBar } from "./progress"

/**
 * The points of the demo orders, booked through the same award workflow
 * `order.placed` runs (cancelled orders earn nothing; a member's first order
 * brings the referral bonuses), then dated when they were earned so the
 * history reads like one. Bookings are idempotent: a rerun books nothing twice.
 */
export async function awardDemoPoints(container: MedusaContainer, orderIds: string[], label = "points for orders") {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const awards = progressBar(label, orderIds.length)
  for (let i = 0; i < orderIds.length; i += 250) {
    await awardOrdersPoints(container, orderIds.slice(i, i + 250))
    awards.tick(Math.min(i + 250, orderIds.length))
  }
  awards.done()

  // seed-only: the order's points and the referral bonuses it brought, dated with the order
  await knex.raw(
    `UPDATE loyalty_points_entry e SET created_at = o.created_at, updated_at = o.created_at
     FROM "order" o
     WHERE o.id = ANY(?::text[])
       AND (e.order_id = o.id AND e.kind = 'earn' OR e.metadata->>'order_id' = o.id AND e.reference LIKE 'referral:%')`,
    [orderIds]
  )
}

/**
 * The customer facts rebuilt from the seeded (backdated) orders — they were
 * created without `order.placed` — then one tier refresh that puts everyone
 * in her tier's customer group.
 */
export async function settleDemoLoyalty(container: MedusaContainer) {
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
