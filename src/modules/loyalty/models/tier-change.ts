import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"

/** The tier history: every change of a member's tier, with why it happened. */
const TierChange = model
  .define({ name: "TierChange", tableName: "loyalty_tier_change" }, {
    id: model.id({ prefix: "lytchg" }).primaryKey(),
    account: model.belongsTo(() => LoyaltyAccount, { mappedBy: "tier_changes" }),
    from_tier_id: model.text().nullable(),
    to_tier_id: model.text().nullable(),
    // order_placed, order_canceled, order_refunded, nightly, manual, …
    reason: model.text(),
    // the spend per currency that decided it
    spend: model.json().nullable(),
  })
  .indexes([{ on: ["account_id", "created_at"], where: "deleted_at IS NULL" }])

export default TierChange
