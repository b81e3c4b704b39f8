import { model } from "@medusajs/framework/utils"

/** One line of an order: what she bought, net of what came back. */
const OrderItemFact = model
  .define({ name: "OrderItemFact", tableName: "facts_order_item" }, {
    id: model.id({ prefix: "fctitm" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    collection_id: model.text().nullable(),
    title: model.text(),
    placed_at: model.dateTime(),
    counted: model.boolean(),
    quantity: model.number(),
    // received or dismissed in returns
    returned_quantity: model.number(),
    // Medusa's line total, counted on the quantity kept (less returns), after discounts and taxes
    total: model.bigNumber(),
    // the order's currency (lowercase), so reports of one currency read item rows alone
    currency_code: model.text().nullable(),
    // a service, or a product sold over the counter: from the Medusa product's type (see itemKindOf)
    kind: model.enum(["service", "product"]).default("service"),
  })
  .indexes([
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "product_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "collection_id"], where: "deleted_at IS NULL" },
  ])

export default OrderItemFact
