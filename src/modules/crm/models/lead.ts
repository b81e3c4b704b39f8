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
    // what the lead said that differs from what the customer's record already
    // held: { "profile.skin_type": { kept: "sensitive", received: "oily" } }
    differences: model.json().nullable(),
    // the intake key it came with; null when posted through the admin API
    intake_key_id: model.text().nullable(),
  })
  .indexes([
    { on: ["sender", "external_id"], unique: true },
    { on: ["customer_id"] },
    { on: ["intake_key_id"], where: "intake_key_id IS NOT NULL" },
  ])

export default Lead
