import { z } from "@medusajs/framework/zod"
import { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES } from "../../../../../modules/crm/models/touch-point"
import { isoDateTime, jsonObject, page, text } from "../../../../utils/validators"

// direction and occurred_at get their defaults, and occurred_at its limit on
// future times, in the create-touch-point step, shared with the lead intake.
export const AdminCreateTouchPoint = z
  .object({
    type: z.enum(TOUCH_POINT_TYPES),
    channel: text({ min: 1, max: 50 }).nullish(),
    direction: z.enum(TOUCH_POINT_DIRECTIONS).optional(),
    summary: text({ min: 1, max: 5000 }),
    occurred_at: isoDateTime().optional(),
    metadata: jsonObject().nullish(),
  })
  .strict()

export type AdminCreateTouchPointType = z.infer<typeof AdminCreateTouchPoint>

export const AdminTouchPointsParams = z
  .object({ ...page(), type: z.enum(TOUCH_POINT_TYPES).optional() })
  .strict()

export type AdminTouchPointsParamsType = z.infer<typeof AdminTouchPointsParams>
