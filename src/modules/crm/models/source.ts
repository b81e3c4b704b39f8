import { model } from "@medusajs/framework/utils"
import CrmProfile from "./crm-profile"
import IntakeKey from "./intake-key"

/** A marketing channel a customer first came through (Walk-in, Facebook Lead Ads, …). */
const CrmSource = model
  .define({ name: "CrmSource", tableName: "crm_source" }, {
    id: model.id({ prefix: "crmsrc" }).primaryKey(),
    name: model.text(),
    // the name folded for comparison (see lib/text nameKey): unique, and what `q` searches
    name_key: model.text().searchable(),
    description: model.text().nullable(),
    profiles: model.hasMany(() => CrmProfile, { mappedBy: "source" }),
    intake_keys: model.hasMany(() => IntakeKey, { mappedBy: "source" }),
  })
  .indexes([{ on: ["name_key"], unique: true, where: "deleted_at IS NULL" }])

export default CrmSource
