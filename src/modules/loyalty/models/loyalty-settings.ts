import { model } from "@medusajs/framework/utils"

/** The programme's rules, one row per store (created with defaults on first read). */
const LoyaltySettings = model.define({ name: "LoyaltySettings", tableName: "loyalty_settings" }, {
  id: model.id({ prefix: "lyset" }).primaryKey(),
  // amount to spend for 1 point, per currency: { vnd: 10000, usd: 1 }
  earn_rates: model.json(),
  // what 1 point is worth at checkout, per currency: { vnd: 500, usd: 0.05 }
  point_values: model.json(),
  // { <product collection id>: 2 } doubles the points on that collection
  collection_multipliers: model.json(),
  pending_days: model.number().default(0),
  // 0: points never expire
  expiry_months: model.number().default(12),
  expiry_warning_days: model.number().default(30),
  signup_bonus: model.number().default(0),
  birthday_bonus: model.number().default(0),
  referral_bonus_referrer: model.number().default(0),
  referral_bonus_referee: model.number().default(0),
  min_redeem_points: model.number().default(0),
  max_redeem_percent: model.number().default(100),
  tier_window: model.enum(["lifetime", "rolling"]).default("rolling"),
  tier_window_months: model.number().default(12),
  // true: order events only upgrade; the nightly run may also downgrade
  downgrade_nightly_only: model.boolean().default(true),
})

export default LoyaltySettings
