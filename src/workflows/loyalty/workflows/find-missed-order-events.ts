import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FindMissedOrderEventsInput, findMissedOrderEventsStep } from "../steps/find-missed-order-events"

/** L2, L5: the order events of a period whose points were never booked (a crash lost them). Reads only. */
export const findMissedOrderEventsWorkflow = createWorkflow(
  "loyalty-find-missed-order-events",
  (input: FindMissedOrderEventsInput) => new WorkflowResponse(findMissedOrderEventsStep(input))
)
