import { model } from "@medusajs/framework/utils"

/**
 * A shopper's rating of one of her orders (C1): overall and four dimensions,
 * 1–5 each, and the staff who served the order when she rated it, so a later
 * change of the attribution does not move her rating to someone else.
 */
const Feedback = model
  .define({ name: "Feedback", tableName: "feedback" }, {
    id: model.id({ prefix: "fdbk" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    overall: model.number(),
    service_quality: model.number(),
    staff_attitude: model.number(),
    space: model.number(),
    price: model.number(),
    comment: model.text().nullable(),
    // admin user ids, copied from the order's staff (order_staff) when rated
    staff_user_ids: model.json().default([] as any),
  })
  .indexes([
    // once per order: the index decides between two simultaneous ratings
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["created_at"], where: "deleted_at IS NULL" },
  ])

export default Feedback
