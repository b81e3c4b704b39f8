import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../modules/loyalty"

/** The tiers by rank, each with how many members hold it. */
export async function listLoyaltyTiers(container: MedusaContainer, filters: { id?: string } = {}) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const tiers = await loyalty.listLoyaltyTiers(filters, { take: null, order: { rank: "ASC" } })
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select tier_id, count(*)::int as members from loyalty_account
     where deleted_at is null and tier_id = any(?::text[]) group by tier_id`,
    [tiers.map((t) => t.id)]
  )
  const counts = new Map<string, number>(rows.map((r: { tier_id: string; members: number }) => [r.tier_id, r.members]))
  return tiers.map((tier) => ({ ...tier, member_count: counts.get(tier.id) ?? 0 }))
}

/** One tier with its member_count; 404 when there is no live tier with that id. */
export async function retrieveLoyaltyTier(container: MedusaContainer, id: string) {
  const [tier] = await listLoyaltyTiers(container, { id })
  if (!tier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
  return tier
}
