import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCustomerTiersWorkflow } from "./refresh-customer-tiers"
import { syncTierBenefitsWorkflow } from "./sync-tier-benefits"

/**
 * L6, nightly: makes sure every tier's group and promotion exist, then
 * re-evaluates every customer with an order or an account, downgrades
 * included (the policy's "nightly run").
 */
export const refreshAllTiersWorkflow = createWorkflow("loyalty-refresh-all-tiers", (input: { now?: Date }) => {
  syncTierBenefitsWorkflow.runAsStep({ input: {} })
  const refreshed = refreshCustomerTiersWorkflow.runAsStep({
    input: { customer_ids: [], all: true, reason: "nightly", allow_downgrade: true, now: input.now },
  })
  return new WorkflowResponse(refreshed)
})
