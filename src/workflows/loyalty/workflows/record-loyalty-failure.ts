import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordLoyaltyFailureInput, recordLoyaltyFailureStep } from "../steps/record-loyalty-failure"

/** Records (or counts again) a failed loyalty booking, so it is retried and shown in the admin. */
export const recordLoyaltyFailureWorkflow = createWorkflow("loyalty-record-award-failure", (input: RecordLoyaltyFailureInput) => {
  return new WorkflowResponse(recordLoyaltyFailureStep(input))
})
