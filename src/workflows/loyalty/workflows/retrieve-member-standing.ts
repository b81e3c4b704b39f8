import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ReadMemberStandingInput, readMemberStandingStep } from "../steps/read-member-standing"

/** L7, U1: a member's points, tier and progress, for the storefront and the admin. Reads only. */
export const retrieveMemberStandingWorkflow = createWorkflow(
  "loyalty-retrieve-member-standing",
  (input: ReadMemberStandingInput) => new WorkflowResponse(readMemberStandingStep(input))
)
