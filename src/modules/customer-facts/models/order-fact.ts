import { model } from "@medusajs/framework/utils"

/**
 * What one Medusa order says about its customer, as last read from the order
 * module: rewritten whole from the order's current state on every event, so
 * replaying an event changes nothing. Money in the order's currency, major units.
 */
const OrderFact = model
  .define({ name: "OrderFact", tableName: "facts_order" }, {
    id: model.id({ prefix: "fctord" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
    // placed, not a draft, not canceled: it counts toward spend and visits
    counted: model.boolean(),
    canceled_at: model.dateTime().nullable(),
    // the order's current total (after returns and edits), what was paid and refunded
    current_total: model.bigNumber(),
    paid_total: model.bigNumber(),
    refunded_total: model.bigNumber(),
    // current − the refunds beyond an overpayment, never below 0 (see computeNetSpend)
    net_spend: model.bigNumber(),
    // where it went: the shipping address, else the billing one (her city when her account has no address)
    city: model.text().nullable(),
    city_key: model.text().nullable(),
    country_code: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["placed_at"], where: "deleted_at IS NULL" },
  ])

export default OrderFact
