import type { MedusaContainer } from "@medusajs/framework/types"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../../../modules/feedback"
import type { AdminOrderFeedbackResponse } from "../../../../../types/feedback"
import { feedbackWithPeople, peopleByIds } from "../../../feedback/helpers"

/** An order's feedback (null until rated) and the staff who served it, as they are now. */
export async function orderFeedback(container: MedusaContainer, orderId: string): Promise<AdminOrderFeedbackResponse> {
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const [{ feedback: rows }, staffByOrder] = await Promise.all([
    feedback.listFeedbackWithAverages({ order_id: orderId }, { skip: 0, take: 1 }),
    feedback.staffOfOrders([orderId]),
  ])
  const staffIds = staffByOrder.get(orderId) ?? []
  const [users, [rated]] = await Promise.all([peopleByIds(container, "user", staffIds), feedbackWithPeople(container, rows)])
  return { feedback: rated ?? null, staff: staffIds.flatMap((id) => users.get(id) ?? []) }
}
