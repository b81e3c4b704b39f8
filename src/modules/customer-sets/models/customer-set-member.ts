import { model } from "@medusajs/framework/utils"

/** One customer in one set, as the set's last evaluation found her: what its Medusa group mirrors. */
const CustomerSetMember = model
  .define({ name: "CustomerSetMember", tableName: "customer_set_member" }, {
    id: model.id({ prefix: "csetm" }).primaryKey(),
    set_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([
    { on: ["set_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    // the sets one customer is in (her page, re-evaluating her)
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])

export default CustomerSetMember
