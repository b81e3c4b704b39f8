import { model } from "@medusajs/framework/utils"
import LoyaltyTier from "./loyalty-tier"
import PointsEntry from "./points-entry"
import TierChange from "./tier-change"

/**
 * A customer's membership. It holds no balance: the balance is always the sum
 * of its entries, so it can never drift from the history that explains it.
 */
const LoyaltyAccount = model
  .define({ name: "LoyaltyAccount", tableName: "loyalty_account" }, {
    id: model.id({ prefix: "lyacct" }).primaryKey(),
    customer_id: model.text(),
    referral_code: model.text(),
    // the account of the member who referred this one, set at sign-up
    referred_by_account_id: model.text().nullable(),
    tier: model.belongsTo(() => LoyaltyTier, { mappedBy: "accounts" }).nullable(),
    tier_assigned_at: model.dateTime().nullable(),
    entries: model.hasMany(() => PointsEntry, { mappedBy: "account" }),
    tier_changes: model.hasMany(() => TierChange, { mappedBy: "account" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["referral_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["tier_id"], where: "deleted_at IS NULL" },
  ])

export default LoyaltyAccount
