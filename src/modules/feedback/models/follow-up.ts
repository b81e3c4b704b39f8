import { model } from "@medusajs/framework/utils"
import { FOLLOW_UP_REASONS, FOLLOW_UP_STATUSES } from "../../../types/feedback"

/**
 * A customer the spa must contact by `due_at` (C3), e.g. after a low rating.
 * Overdue = open and past due: computed when read, never stored.
 */
const FollowUp = model
  .define({ name: "FollowUp", tableName: "feedback_follow_up" }, {
    id: model.id({ prefix: "fup" }).primaryKey(),
    customer_id: model.text(),
    feedback_id: model.text().nullable(),
    order_id: model.text().nullable(),
    reason: model.enum([...FOLLOW_UP_REASONS]),
    due_at: model.dateTime(),
    status: model.enum([...FOLLOW_UP_STATUSES]).default("open"),
    outcome: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    // the admin user who closed it
    closed_by: model.text().nullable(),
    // the touch-point logged on the customer when it was closed
    touch_point_id: model.text().nullable(),
  })
  .indexes([
    // one follow-up per low feedback, however often its workflow runs
    { on: ["feedback_id"], unique: true, where: "deleted_at IS NULL AND feedback_id IS NOT NULL" },
    { on: ["status", "due_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])

export default FollowUp
