import { model } from "@medusajs/framework/utils"

import { CUSTOM_FIELD_TYPES } from "../../../types/crm"

export { CUSTOM_FIELD_TYPES }

/** A profile field the spa defines itself ("Membership card no.", "Favourite oil"). */
const CustomField = model
  .define({ name: "CustomField", tableName: "crm_custom_field" }, {
    id: model.id({ prefix: "crmfld" }).primaryKey(),
    key: model.text(),
    label: model.text(),
    type: model.enum([...CUSTOM_FIELD_TYPES]),
    options: model.json().nullable(),
    required: model.boolean().default(false),
    rank: model.number().default(0),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default CustomField
