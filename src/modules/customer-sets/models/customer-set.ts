import { model } from "@medusajs/framework/utils"
import { SET_KINDS } from "../../../types/customer-sets"

/**
 * A customer set (S1): a rule tree over the plugin's customer facts, CRM
 * profiles, tags and loyalty accounts, and the members it had when last
 * evaluated, mirrored into a Medusa customer group that promotions target.
 */
const CustomerSet = model
  .define({ name: "CustomerSet", tableName: "customer_set" }, {
    id: model.id({ prefix: "cset" }).primaryKey(),
    name: model.text(),
    // the name folded for comparison (see lib/text nameKey): unique among live sets, and what `q` searches
    name_key: model.text().searchable(),
    description: model.text().nullable(),
    // dynamic: re-evaluated by the job and after events; static: the snapshot taken when saved or re-evaluated
    kind: model.enum([...SET_KINDS]).default("dynamic"),
    rules: model.json(),
    customer_group_id: model.text().nullable(),
    member_count: model.number().default(0),
    evaluated_at: model.dateTime().nullable(),
    evaluation_ms: model.number().nullable(),
  })
  .indexes([
    { on: ["name_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["kind"], where: "deleted_at IS NULL" },
  ])

export default CustomerSet
