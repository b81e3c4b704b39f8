import { z } from "@medusajs/framework/zod"
import { FEEDBACK_COMMENT_MAX, RATING_MAX, RATING_MIN } from "../../../../../types/feedback"
import { id, optionalText, page } from "../../../../utils/validators"

/** A rating: a whole number from 1 to 5 (zod names the field in its message). */
export const rating = () => z.number().int().min(RATING_MIN).max(RATING_MAX)

export const StoreCreateFeedback = z
  .object({
    order_id: id(),
    overall: rating(),
    service_quality: rating(),
    staff_attitude: rating(),
    space: rating(),
    price: rating(),
    comment: optionalText(FEEDBACK_COMMENT_MAX),
  })
  .strict()

export type StoreCreateFeedbackType = z.infer<typeof StoreCreateFeedback>

export const StoreFeedbackParams = z.object(page()).strict()

export type StoreFeedbackParamsType = z.infer<typeof StoreFeedbackParams>
