import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reconcileTierGroupMembersStep } from "../steps/reconcile-tier-group-members"
import { syncTierGroupsStep } from "../steps/sync-tier-groups"
import { syncTierPromotionsStep } from "../steps/sync-tier-promotions"

/**
 * L6 benefits through Medusa: each tier's customer group ("Loyalty · Gold")
 * holding its members, and for a tier with a discount an automatic promotion
 * (percentage off the order, rule customer.groups.id in [the group]). Idempotent:
 * run after every tier change, nightly, and by the demo seed.
 */
export const syncTierBenefitsWorkflow = createWorkflow("loyalty-sync-tier-benefits", (_: Record<string, never>) => {
  syncTierGroupsStep()
  syncTierPromotionsStep()
  const members = reconcileTierGroupMembersStep()
  return new WorkflowResponse({ members })
})
