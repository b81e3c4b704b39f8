import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"
import { followUpsWithContext } from "./helpers"
import type { AdminFollowUpsParamsType } from "./validators"

/**
 * C3: follow-ups by status: `open` (soonest due first), `overdue` (open and
 * past due at the app's "now"), `done` (latest closed first); all without one.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminFollowUpsParamsType>, res: MedusaResponse) => {
  const { limit, offset, status, customer_id } = req.validatedQuery as AdminFollowUpsParamsType
  const now = new Date()
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const page = await feedback.listFollowUpsAt({ view: status, customer_id }, now, { skip: offset, take: limit })
  res.json({ follow_ups: await followUpsWithContext(req.scope, page.follow_ups, now), count: page.count, limit, offset })
}
