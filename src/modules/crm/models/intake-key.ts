import { model } from "@medusajs/framework/utils"
import CrmSource from "./source"

/**
 * A credential that can only post leads, for one sender (a booking widget, a
 * lead-ads forwarder). The token is shown once, when created; only its
 * SHA-256 is stored, with its last characters to tell keys apart.
 */
const IntakeKey = model
  .define({ name: "IntakeKey", tableName: "crm_intake_key" }, {
    id: model.id({ prefix: "crmikey" }).primaryKey(),
    name: model.text(),
    // the leads it posts come from this source, and are unique per source
    source: model.belongsTo(() => CrmSource, { mappedBy: "intake_keys" }),
    token_hash: model.text(),
    // the token's last 4 characters, shown in the admin
    redacted: model.text(),
    created_by: model.text().nullable(),
    revoked_at: model.dateTime().nullable(),
    revoked_by: model.text().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }])

export default IntakeKey
