import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type LoyaltyTierData, createLoyaltyTierStep } from "../steps/create-loyalty-tier"
import { ensureTierFieldsFreeStep } from "../steps/ensure-tier-fields-free"
import { syncTierBenefitsWorkflow } from "./sync-tier-benefits"

/**
 * U1 tiers: adds a tier, then creates its customer group (and its promotion,
 * with a discount) through Medusa. Everything is undone if that fails.
 */
export const createLoyaltyTierWorkflow = createWorkflow("loyalty-create-tier", (input: LoyaltyTierData) => {
  ensureTierFieldsFreeStep(input)
  const tier = createLoyaltyTierStep(input)
  syncTierBenefitsWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse(tier)
})
