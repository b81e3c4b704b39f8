import { model } from "@medusajs/framework/utils"

/** One customer's counted orders in one currency, recomputed from her order facts. */
const CustomerSpend = model
  .define({ name: "CustomerSpend", tableName: "facts_customer_spend" }, {
    id: model.id({ prefix: "fctspd" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    orders_count: model.number(),
    net_spend: model.bigNumber(),
    avg_order_value: model.bigNumber(),
    first_order_at: model.dateTime(),
    last_order_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true, where: "deleted_at IS NULL" }])

export default CustomerSpend
