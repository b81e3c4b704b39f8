import { model } from "@medusajs/framework/utils"

/**
 * One customer's figures across currencies, recomputed from her order facts
 * whenever one of them changes: when she came, how often she buys and her
 * own rhythm (the gaps between her recent orders).
 */
const CustomerFact = model
  .define({ name: "CustomerFact", tableName: "facts_customer" }, {
    id: model.id({ prefix: "fctcus" }).primaryKey(),
    customer_id: model.text(),
    // when the Medusa customer was created; null until known
    registered_at: model.dateTime().nullable(),
    orders_count: model.number().default(0),
    first_order_at: model.dateTime().nullable(),
    last_order_at: model.dateTime().nullable(),
    // days between her last orders, oldest first (at most 5 gaps)
    recent_gap_days: model.json().nullable(),
    // the average of those gaps: her own visit cadence
    avg_gap_days: model.float().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    // the customers removed (deleted in Medusa), which figures must not bring back
    { on: ["customer_id"], where: "deleted_at IS NOT NULL" },
    { on: ["registered_at"], where: "deleted_at IS NULL" },
    { on: ["last_order_at"], where: "deleted_at IS NULL" },
  ])

export default CustomerFact
