import { model } from "@medusajs/framework/utils"
import CustomerTag from "./customer-tag"

/** A label staff put on customers ("Dry skin", "Anti-aging"), to filter and target them. */
const CrmTag = model
  .define({ name: "CrmTag", tableName: "crm_tag" }, {
    id: model.id({ prefix: "crmtag" }).primaryKey(),
    name: model.text(),
    // the name folded for comparison (see lib/text nameKey): unique, and what `q` searches
    name_key: model.text().searchable(),
    color: model.text().default("grey"),
    customer_tags: model.hasMany(() => CustomerTag, { mappedBy: "tag" }),
  })
  .cascades({ delete: ["customer_tags"] })
  .indexes([{ on: ["name_key"], unique: true, where: "deleted_at IS NULL" }])

export default CrmTag
