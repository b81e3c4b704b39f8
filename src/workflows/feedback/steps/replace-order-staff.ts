import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"

export type ReplaceOrderStaffInput = { order_id: string; user_ids: string[] }

/** Makes these users the order's staff; the undo gives the order back the staff it had. */
export const replaceOrderStaffStep = createStep(
  "replace-order-staff",
  async ({ order_id, user_ids }: ReplaceOrderStaffInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const { previous } = await feedback.replaceOrderStaff(order_id, user_ids)
    return new StepResponse({ order_id, user_ids: [...new Set(user_ids)] }, { order_id, previous })
  },
  async (before, { container }) => {
    if (!before) return
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.replaceOrderStaff(before.order_id, before.previous)
  }
)
