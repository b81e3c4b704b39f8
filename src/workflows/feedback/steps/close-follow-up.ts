import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"

export type CloseFollowUpStepInput = { id: string; outcome: string; closed_by: string | null; touch_point_id: string | null }

/**
 * Records the outcome, who closed it and when; only an open follow-up closes
 * (two simultaneous closes: one wins, the other is a 409). The undo reopens it.
 */
export const closeFollowUpStep = createStep(
  "close-follow-up",
  async (input: CloseFollowUpStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const closed = await feedback.closeFollowUp({ ...input, now: new Date() })
    return new StepResponse(closed, closed.id)
  },
  async (id, { container }) => {
    if (!id) return
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.reopenFollowUp(id)
  }
)
