import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../modules/loyalty"

/** The tiers by rank, each with how many members hold it. */
export async function listLoyaltyTiers(container: MedusaContainer, filters: { id?: string } = {}) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const tiers = await loyalty.listLoyaltyTiers(filters, { take: null, order: { rank: "ASC" } })
  const counts = await loyalty.countMembersByTier(tiers.map((t) => t.id))
  return tiers.map((tier) => ({ ...tier, member_count: counts.get(tier.id) ?? 0 }))
}

/** One tier with its member_count; 404 when there is no live tier with that id. */
export async function retrieveLoyaltyTier(container: MedusaContainer, id: string) {
  const [tier] = await listLoyaltyTiers(container, { id })
  if (!tier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
  return tier
}
