import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TouchPointType } from "../../crm/steps/create-touch-point"
import { createTouchPointStep } from "../../crm/steps/create-touch-point"
import { closeFollowUpStep } from "../steps/close-follow-up"
import { readOpenFollowUpStep } from "../steps/read-open-follow-up"

export type CloseFollowUpInput = {
  id: string
  outcome: string
  /** how the customer was reached; default "call" */
  type?: TouchPointType
  /** the admin user closing it; null for an API key */
  closed_by: string | null
}

/**
 * C3: closes a follow-up with its outcome, and logs the contact as a
 * touch-point on the customer (summary = the outcome), so her timeline shows it.
 */
export const closeFollowUpWorkflow = createWorkflow("close-follow-up", (input: CloseFollowUpInput) => {
  const followUp = readOpenFollowUpStep({ id: input.id })
  const touchPointInput = transform({ input, followUp }, ({ input, followUp }) => ({
    customer_id: followUp.customer_id,
    type: input.type ?? "call",
    channel: input.type ?? "call",
    direction: "outbound" as const,
    summary: input.outcome,
    staff_user_id: input.closed_by,
    metadata: { follow_up_id: followUp.id, feedback_id: followUp.feedback_id, order_id: followUp.order_id },
  }))
  const touchPoint = createTouchPointStep(touchPointInput)
  const closeInput = transform({ input, touchPoint }, ({ input, touchPoint }) => ({
    id: input.id,
    outcome: input.outcome,
    closed_by: input.closed_by,
    touch_point_id: touchPoint.id,
  }))
  return new WorkflowResponse(closeFollowUpStep(closeInput))
})
