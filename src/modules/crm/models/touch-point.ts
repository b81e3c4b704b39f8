import { model } from "@medusajs/framework/utils"
import { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES } from "../../../types/crm"

export { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES }

/** One contact between the spa and a customer, so staff know the context before the next one. */
const TouchPoint = model
  .define({ name: "TouchPoint", tableName: "crm_touch_point" }, {
    id: model.id({ prefix: "crmtp" }).primaryKey(),
    customer_id: model.text(),
    type: model.enum([...TOUCH_POINT_TYPES]),
    channel: model.text().nullable(),
    direction: model.enum([...TOUCH_POINT_DIRECTIONS]).default("inbound"),
    summary: model.text(),
    // the admin user who handled it; null for system or lead-intake entries
    staff_user_id: model.text().nullable(),
    occurred_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["customer_id", "occurred_at"], where: "deleted_at IS NULL" }])

export default TouchPoint
