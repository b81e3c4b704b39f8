import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"
import type { CreateFeedbackInput } from "../../../types/feedback"

/**
 * Stores the feedback (with the order's staff) and, for a low rating, its
 * follow-up, both at the app's "now"; the undo removes exactly those.
 */
export const recordFeedbackStep = createStep(
  "record-feedback",
  async (input: CreateFeedbackInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const recorded = await feedback.recordFeedback(input, new Date())
    return new StepResponse(recorded, recorded.feedback.id)
  },
  async (feedbackId, { container }) => {
    if (!feedbackId) return
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.forgetFeedback([feedbackId])
  }
)
