import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureTierFieldsFreeStep } from "../steps/ensure-tier-fields-free"
import { type UpdateLoyaltyTierInput, updateLoyaltyTierStep } from "../steps/update-loyalty-tier"
import { syncTierBenefitsWorkflow } from "./sync-tier-benefits"

/**
 * U1 tiers: changes a tier, then its customer group's name and its
 * promotion's discount follow through Medusa. Members move at their next
 * evaluation. Everything is undone if the sync fails.
 */
export const updateLoyaltyTierWorkflow = createWorkflow("loyalty-update-tier", (input: UpdateLoyaltyTierInput) => {
  ensureTierFieldsFreeStep(input)
  const tier = updateLoyaltyTierStep(input)
  syncTierBenefitsWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse(tier)
})
