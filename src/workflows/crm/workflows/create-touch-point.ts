import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type CreateTouchPointInput, createTouchPointStep } from "../steps/create-touch-point"

/** P6: logs a call, email, message, visit, complaint or note on a customer. */
export const createTouchPointWorkflow = createWorkflow(
  "create-touch-point",
  (input: CreateTouchPointInput) => {
    // 404 when the customer does not exist, before anything is written
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const touchPoint = createTouchPointStep(input)
    return new WorkflowResponse(touchPoint)
  }
)
