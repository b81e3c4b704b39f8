import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureTierFieldsFreeStep } from "../steps/ensure-tier-fields-free"
import { ensureTierWithoutMembersStep } from "../steps/ensure-tier-without-members"
import { type WriteLoyaltyTierInput, writeLoyaltyTierStep } from "../steps/write-loyalty-tier"
import { syncTierBenefitsWorkflow } from "./sync-tier-benefits"

/**
 * U1 tiers: creates (no id), updates (id + fields) or deletes (id + delete)
 * a tier, then re-syncs the tiers' customer groups and promotions, so a new
 * name, discount or tier shows in Medusa at once. Everything is undone if the
 * sync fails.
 */
export const writeLoyaltyTierWorkflow = createWorkflow("loyalty-write-tier", (input: WriteLoyaltyTierInput) => {
  when({ input }, ({ input }) => !input.delete).then(() => {
    ensureTierFieldsFreeStep(
      transform({ input }, ({ input }) => ({ id: input.id, handle: input.handle, name: input.name, rank: input.rank }))
    )
  })
  when({ input }, ({ input }) => !!input.delete).then(() => {
    ensureTierWithoutMembersStep(transform({ input }, ({ input }) => ({ id: input.id! })))
  })
  const tier = writeLoyaltyTierStep(input)
  syncTierBenefitsWorkflow.runAsStep({ input: {} })
  return new WorkflowResponse(tier)
})
