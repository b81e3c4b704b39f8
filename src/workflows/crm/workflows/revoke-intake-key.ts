import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RevokeIntakeKeyInput, revokeIntakeKeyStep } from "../steps/revoke-intake-key"

/** P9: stops an intake key; the leads it brought stay. */
export const revokeIntakeKeyWorkflow = createWorkflow("revoke-intake-key", (input: RevokeIntakeKeyInput) => {
  revokeIntakeKeyStep(input)
  return new WorkflowResponse(undefined)
})
