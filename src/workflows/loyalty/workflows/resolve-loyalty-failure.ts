import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveLoyaltyFailureStep } from "../steps/resolve-loyalty-failure"

/** Marks a failed loyalty booking as resolved after a successful retry. */
export const resolveLoyaltyFailureWorkflow = createWorkflow("loyalty-resolve-award-failure", (input: { id: string }) => {
  return new WorkflowResponse(resolveLoyaltyFailureStep(input))
})
