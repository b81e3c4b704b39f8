import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { changeGroupMembers, type GroupMembership, listGroupMembers, revertGroupMembers } from "../../customer-groups/group-members"

/**
 * Makes each tier's customer group hold exactly the tier's members: the
 * members read from the loyalty module, the groups through the Customer
 * module, and only the difference written. The tier groups belong to the
 * programme: membership follows the tier, so merchants target a tier by
 * building promotions on its group, not by editing it.
 */
export const reconcileTierGroupMembersStep = createStep(
  "loyalty-reconcile-tier-group-members",
  async (_: void, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [tiers, members] = await Promise.all([
      loyalty.listLoyaltyTiers({}, { select: ["id", "customer_group_id"], take: null }),
      loyalty.listMembers(null),
    ])
    const groupOf = new Map(tiers.filter((t) => t.customer_group_id).map((t) => [t.id, t.customer_group_id!]))
    const wanted = new Map<string, GroupMembership>()
    for (const m of members) {
      const group = m.tier_id ? groupOf.get(m.tier_id) : undefined
      if (group) wanted.set(`${m.customer_id}:${group}`, { customer_id: m.customer_id, customer_group_id: group })
    }
    const current = await listGroupMembers(container, [...groupOf.values()])
    const present = new Set(current.map((m) => `${m.customer_id}:${m.customer_group_id}`))
    const extra = current.filter((m) => !wanted.has(`${m.customer_id}:${m.customer_group_id}`))
    const missing = [...wanted.entries()].filter(([k]) => !present.has(k)).map(([, m]) => m)
    const changes = await changeGroupMembers(container, extra, missing)
    return new StepResponse({ added: changes.added.length, removed: changes.removed.length }, changes)
  },
  async (changes, { container }) => {
    if (changes) await revertGroupMembers(container, changes)
  }
)
