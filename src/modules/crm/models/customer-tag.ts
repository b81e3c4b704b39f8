import { model } from "@medusajs/framework/utils"
import CrmTag from "./tag"

/** One tag on one Medusa customer. */
const CustomerTag = model
  .define({ name: "CustomerTag", tableName: "crm_customer_tag" }, {
    id: model.id({ prefix: "crmctag" }).primaryKey(),
    customer_id: model.text(),
    tag: model.belongsTo(() => CrmTag, { mappedBy: "customer_tags" }),
  })
  .indexes([
    { on: ["customer_id", "tag_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["tag_id"], where: "deleted_at IS NULL" },
  ])

export default CustomerTag
