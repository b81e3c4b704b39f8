import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"
import { feedbackWithPeople } from "./helpers"
import type { AdminFeedbackParamsType } from "./validators"

/**
 * C1: feedback newest first, filtered by rating, dimension, staff, customer,
 * order and date, with the averages (overall, per dimension, count) over
 * every row the filters keep, not only the page.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminFeedbackParamsType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as AdminFeedbackParamsType
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const page = await feedback.listFeedbackWithAverages(filters, { skip: offset, take: limit })
  res.json({ ...page, feedback: await feedbackWithPeople(req.scope, page.feedback), limit, offset })
}
