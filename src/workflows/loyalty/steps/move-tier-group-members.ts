import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { changeGroupMembers, type GroupMembership, revertGroupMembers } from "../../customer-groups/group-members"

export type TierGroupMove = { customer_id: string; from_tier_id: string | null; to_tier_id: string | null }

/**
 * Moves members whose tier changed from the old tier's customer group to the
 * new one's, through the Customer module, so the tier's promotion (and the
 * merchant's own promotions on the group) apply to them.
 */
export const moveTierGroupMembersStep = createStep(
  "loyalty-move-tier-group-members",
  async (moves: TierGroupMove[], { container }) => {
    if (!moves.length) return new StepResponse(undefined, undefined)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "customer_group_id"], take: null, withDeleted: true })
    const groupOf = new Map(tiers.map((t) => [t.id, t.customer_group_id]))
    const remove: GroupMembership[] = []
    const add: GroupMembership[] = []
    for (const { customer_id, from_tier_id, to_tier_id } of moves) {
      const from = from_tier_id ? groupOf.get(from_tier_id) : null
      const to = to_tier_id ? groupOf.get(to_tier_id) : null
      if (from === to) continue
      if (from) remove.push({ customer_id, customer_group_id: from })
      if (to) add.push({ customer_id, customer_group_id: to })
    }
    const changes = await changeGroupMembers(container, remove, add)
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    await revertGroupMembers(container, changes)
  }
)
