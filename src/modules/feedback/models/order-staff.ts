import { model } from "@medusajs/framework/utils"

/** A staff member (Medusa admin user) who served an order: whose work its feedback rates. */
const OrderStaff = model
  .define({ name: "OrderStaff", tableName: "feedback_order_staff" }, {
    id: model.id({ prefix: "ordstf" }).primaryKey(),
    order_id: model.text(),
    user_id: model.text(),
  })
  .indexes([
    { on: ["order_id", "user_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["user_id"], where: "deleted_at IS NULL" },
  ])

export default OrderStaff
