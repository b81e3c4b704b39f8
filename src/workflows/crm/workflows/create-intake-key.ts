import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateIntakeKeyInput, createIntakeKeyStep } from "../steps/create-intake-key"

/** P9: a credential for one sender that can only post leads; its token is returned once. */
export const createIntakeKeyWorkflow = createWorkflow("create-intake-key", (input: CreateIntakeKeyInput) => {
  return new WorkflowResponse(createIntakeKeyStep(input))
})
