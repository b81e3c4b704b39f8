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
    // her address (the Medusa customer's, else her last counted order's): the city as typed, trimmed
    city: model.text().nullable(),
    // the city folded (lowercase, accents removed: "Hồ Chí Minh" → "ho chi minh"), which set filters match
    city_key: model.text().nullable(),
    // ISO 3166-1 alpha-2, lowercase
    country_code: model.text().nullable(),
    // where the address came from: "customer" (her own, which wins) or "order" (her last counted order's)
    address_from: model.enum(["customer", "order"]).nullable(),
    // behaviour scores 1–5 by quintile (smallint in the migration: the DML has no smaller integer);
    // all six null while she has no counted order
    recency_score: model.number().nullable(),
    frequency_score: model.number().nullable(),
    monetary_score: model.number().nullable(),
    behaviour_class: model.text().nullable(),
    behaviour_group: model.text().nullable(),
    behaviour_scored_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    // the customers removed (deleted in Medusa), which figures must not bring back
    { on: ["customer_id"], where: "deleted_at IS NOT NULL" },
    { on: ["registered_at"], where: "deleted_at IS NULL" },
    { on: ["last_order_at"], where: "deleted_at IS NULL" },
    { on: ["city_key"], where: "deleted_at IS NULL" },
    { on: ["behaviour_class"], where: "deleted_at IS NULL" },
    { on: ["behaviour_group"], where: "deleted_at IS NULL" },
  ])

export default CustomerFact
