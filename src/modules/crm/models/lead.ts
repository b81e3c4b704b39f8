import { model } from "@medusajs/framework/utils"

/**
 * A lead received from another system, kept so that a replay of the same
 * (sender, external_id) changes nothing and gets the same answer.
 */
const Lead = model
  .define({ name: "Lead", tableName: "crm_lead" }, {
    id: model.id({ prefix: "crmlead" }).primaryKey(),
    sender: model.text(),
    external_id: model.text(),
    customer_id: model.text(),
    touch_point_id: model.text().nullable(),
    customer_created: model.boolean().default(false),
    matched_by: model.enum(["email", "phone", "none"]),
    payload: model.json().nullable(),
  })
  .indexes([{ on: ["sender", "external_id"], unique: true }])

export default Lead
