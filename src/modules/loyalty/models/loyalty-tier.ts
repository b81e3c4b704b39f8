import { model } from "@medusajs/framework/utils"
import LoyaltyAccount from "./loyalty-account"

/**
 * A spend tier (Standard, Gold, Platinum, Diamond, Luxurious). A member reaches
 * it when her spend in any currency reaches `min_spend[currency]`. Its discount
 * is delivered through a Medusa customer group and a promotion for that group.
 */
const LoyaltyTier = model
  .define({ name: "LoyaltyTier", tableName: "loyalty_tier" }, {
    id: model.id({ prefix: "lytier" }).primaryKey(),
    handle: model.text(),
    name: model.text(),
    rank: model.number(),
    // { vnd: 5000000, usd: 200 }: major units, like Medusa's amounts
    min_spend: model.json(),
    discount_percent: model.number().default(0),
    points_multiplier: model.float().default(1),
    birthday_bonus_points: model.number().default(0),
    customer_group_id: model.text().nullable(),
    promotion_id: model.text().nullable(),
    accounts: model.hasMany(() => LoyaltyAccount, { mappedBy: "tier" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["rank"], unique: true, where: "deleted_at IS NULL" },
  ])

export default LoyaltyTier
