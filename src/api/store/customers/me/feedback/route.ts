import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../../../modules/feedback"
import type { FeedbackRecord, StoreFeedback } from "../../../../../types/feedback"
import { FEEDBACK_RATINGS } from "../../../../../types/feedback"
import { createFeedbackWorkflow } from "../../../../../workflows/feedback/workflows/create-feedback"
import { answeringConflicts } from "../../../../utils/conflict"
import type { StoreCreateFeedbackType, StoreFeedbackParamsType } from "./validators"

// what she sees of her own feedback: not the staff attribution or internal ids
const STORE_FIELDS = ["id", "order_id", ...FEEDBACK_RATINGS, "comment", "created_at"] as const
const toStore = (f: FeedbackRecord) => Object.fromEntries(STORE_FIELDS.map((k) => [k, f[k]])) as unknown as StoreFeedback

/** C1: the signed-in shopper's feedback, newest first, a page at a time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreFeedbackParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreFeedbackParamsType
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const [rows, count] = await feedback.listAndCountFeedbacks(
    { customer_id: req.auth_context.actor_id },
    { select: [...STORE_FIELDS], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  res.json({ feedback: rows.map((f) => toStore(f as unknown as FeedbackRecord)), count, limit, offset })
}

/**
 * C1: she rates one of her own orders, once: 404 for an order that is not
 * hers, 409 for a second rating (also when two arrive together), 400 for a
 * canceled order or a value that is not a whole number from 1 to 5.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateFeedbackType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const run = await answeringConflicts(res, () =>
    createFeedbackWorkflow(req.scope).run({ input: { ...body, customer_id: req.auth_context.actor_id } })
  )
  if (run) res.json({ feedback: toStore(run.result.feedback) })
}
