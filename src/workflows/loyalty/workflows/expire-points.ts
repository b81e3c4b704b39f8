import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookExpiredPointsStep } from "../steps/book-expired-points"

/** L4, daily: books the points expired by `now` (default: now), oldest first, once per account and day. */
export const expirePointsWorkflow = createWorkflow("loyalty-expire-points", (input: { now?: Date }) => {
  const expired = bookExpiredPointsStep(transform({ input }, ({ input }) => ({ now: input.now ?? new Date() })))
  return new WorkflowResponse(expired)
})
