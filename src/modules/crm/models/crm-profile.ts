import { model } from "@medusajs/framework/utils"
import { GENDERS, SKIN_TYPES } from "../../../types/crm"
import CrmSource from "./source"

export { GENDERS, SKIN_TYPES }

/** What the spa knows about one Medusa customer, beyond what Medusa stores. */
const CrmProfile = model
  .define({ name: "CrmProfile", tableName: "crm_profile" }, {
    id: model.id({ prefix: "crmprof" }).primaryKey(),
    customer_id: model.text(),
    // ISO date (YYYY-MM-DD): a birthday has no time zone
    birthday: model.text().nullable(),
    gender: model.enum([...GENDERS]).nullable(),
    occupation: model.text().nullable(),
    zalo: model.text().nullable(),
    wechat: model.text().nullable(),
    facebook: model.text().nullable(),
    skin_type: model.enum([...SKIN_TYPES]).nullable(),
    skin_concerns: model.json().nullable(),
    allergies: model.text().nullable(),
    body_care_needs: model.text().nullable(),
    preferred_staff: model.text().nullable(),
    preferred_time: model.text().nullable(),
    notes: model.text().nullable(),
    custom_fields: model.json().nullable(),
    // E.164 form of the customer's phone, so leads match "0912 345 678" and "+84912345678"
    phone_e164: model.text().nullable(),
    source: model.belongsTo(() => CrmSource, { mappedBy: "profiles" }).nullable(),
    acquired_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["phone_e164"], where: "deleted_at IS NULL AND phone_e164 IS NOT NULL" },
    { on: ["source_id"], where: "deleted_at IS NULL" },
  ])

export default CrmProfile
