import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { type CreateFeedbackInput, FEEDBACK_CREATED_EVENT } from "../../../types/feedback"
import { readRatableOrderStep } from "../steps/read-ratable-order"
import { recordFeedbackStep } from "../steps/record-feedback"

/**
 * C1 + C3: a shopper rates her own order once; a rating of 2 or less (overall
 * or any dimension) opens a follow-up due 24 hours later. Emits
 * `feedback.created` ({ id, order_id, customer_id, follow_up_id }).
 */
export const createFeedbackWorkflow = createWorkflow("create-feedback", (input: CreateFeedbackInput) => {
  readRatableOrderStep({ order_id: input.order_id, customer_id: input.customer_id })
  const recorded = recordFeedbackStep(input)
  const event = transform({ recorded }, ({ recorded }) => ({
    id: recorded.feedback.id,
    order_id: recorded.feedback.order_id,
    customer_id: recorded.feedback.customer_id,
    follow_up_id: recorded.follow_up?.id ?? null,
  }))
  emitEventStep({ eventName: FEEDBACK_CREATED_EVENT, data: event })
  return new WorkflowResponse(recorded)
})
