import { model } from "@medusajs/framework/utils"
import CrmProfile from "./crm-profile"

/** A marketing channel a customer first came through (Walk-in, Facebook Lead Ads, …). */
const CrmSource = model
  .define({ name: "CrmSource", tableName: "crm_source" }, {
    id: model.id({ prefix: "crmsrc" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    profiles: model.hasMany(() => CrmProfile, { mappedBy: "source" }),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default CrmSource
