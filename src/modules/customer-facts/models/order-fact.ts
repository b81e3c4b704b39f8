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
    // Her orders in this currency, counted ones only (all null on an order not counted or without a
    // customer), recomputed with her figures: which of them this is (1 = her first), when she ordered
    // before and after it, and her net spend up to and including it. With them a report reads a period's
    // rows alone: new = seq 1, her first in a window = prev before it, rebooked = next within N days,
    // and her standing on any day is the order that day falls between (placed_at ≤ day < next).
    customer_seq: model.number().nullable(),
    prev_order_at: model.dateTime().nullable(),
    next_order_at: model.dateTime().nullable(),
    spend_to_date: model.bigNumber().nullable(),
    // who served it (the feedback module's order staff, admin user ids), kept in step when staff are set
    staff_user_ids: model.array().nullable(),
    // the service lines' quantity, less what came back (see OrderItemFact.kind)
    service_quantity: model.number().default(0),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "placed_at"], where: "deleted_at IS NULL" },
    { on: ["placed_at"], where: "deleted_at IS NULL" },
  ])

export default OrderFact
