import { z } from "@medusajs/framework/zod"
import { FEEDBACK_RATINGS, RATING_MAX, RATING_MIN } from "../../../types/feedback"
import { id, isoDateTime, page } from "../../utils/validators"

const queryRating = () => z.coerce.number().int().min(RATING_MIN).max(RATING_MAX).optional()

/** The filters of the feedback list (and of a customer's feedback). */
export const feedbackFilters = {
  rating: queryRating(),
  rating_gte: queryRating(),
  rating_lte: queryRating(),
  dimension: z.enum(FEEDBACK_RATINGS).optional(),
  dimension_gte: queryRating(),
  dimension_lte: queryRating(),
  staff_id: id().optional(),
  order_id: id().optional(),
  from: isoDateTime().optional(),
  to: isoDateTime().optional(),
}

export const AdminFeedbackParams = z
  .object({ ...feedbackFilters, customer_id: id().optional(), ...page({ limit: 20, max: 200 }) })
  .strict()
  .refine((q) => q.dimension || (q.dimension_gte === undefined && q.dimension_lte === undefined), {
    message: "dimension: required with dimension_gte or dimension_lte (e.g. dimension=staff_attitude&dimension_lte=2)",
    path: ["dimension"],
  })

export type AdminFeedbackParamsType = z.infer<typeof AdminFeedbackParams>
