import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLoyaltyTierStep } from "../steps/delete-loyalty-tier"
import { ensureTierWithoutMembersStep } from "../steps/ensure-tier-without-members"
import { syncTierBenefitsWorkflow } from "./sync-tier-benefits"

/** U1 tiers: deletes a tier nobody holds; its customer group and promotion go with it through Medusa. */
export const deleteLoyaltyTierWorkflow = createWorkflow("loyalty-delete-tier", (input: { id: string }) => {
  ensureTierWithoutMembersStep(input)
  const tier = deleteLoyaltyTierStep(input)
  syncTierBenefitsWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse(tier)
})
