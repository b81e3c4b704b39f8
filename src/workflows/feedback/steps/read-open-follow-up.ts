import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"

/** The follow-up to close: 404 when unknown, 409 when already closed, before anything is written. */
export const readOpenFollowUpStep = createStep("read-open-follow-up", async ({ id }: { id: string }, { container }) => {
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  return new StepResponse(await feedback.retrieveOpenFollowUp(id))
})
