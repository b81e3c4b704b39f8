import { z } from "@medusajs/framework/zod"
import { TOUCH_POINT_TYPES } from "../../../types/crm"
import { FOLLOW_UP_VIEWS } from "../../../types/feedback"
import { id, page, text } from "../../utils/validators"

export const AdminFollowUpsParams = z
  .object({
    // overdue = open and past its due time
    status: z.enum(FOLLOW_UP_VIEWS).optional(),
    customer_id: id().optional(),
    ...page({ limit: 20, max: 200 }),
  })
  .strict()

export type AdminFollowUpsParamsType = z.infer<typeof AdminFollowUpsParams>

export const AdminCloseFollowUp = z
  .object({
    outcome: text({ min: 1, max: 2_000 }),
    // how she was reached, logged as the touch-point's type; default "call"
    type: z.enum(TOUCH_POINT_TYPES).optional(),
  })
  .strict()

export type AdminCloseFollowUpType = z.infer<typeof AdminCloseFollowUp>
