import { z } from "@medusajs/framework/zod"
import { decimalMap, type NumberBounds } from "../../../utils/validators"

const CURRENCY = {
  test: (k: string) => /^[a-z]{3}$/.test(k),
  expected: 'expected a 3-letter lowercase currency code such as "vnd"',
  empty: "give at least one currency",
}
const COLLECTION_ID = { test: (k: string) => /^[A-Za-z0-9_-]{1,100}$/.test(k), expected: "expected a product collection id" }

/** An amount per currency: { vnd: 10000, usd: 1 }, keyed by 3-letter lowercase ISO codes as Medusa stores them. */
export const perCurrency = (bounds: NumberBounds) => decimalMap(bounds, CURRENCY)

/** What a point costs to earn and is worth to spend, and a tier's threshold, per currency (major units). */
export const EARN_RATE: NumberBounds = { min: 0.01, max: 1_000_000_000 }
export const POINT_VALUE: NumberBounds = { min: 0, max: 1_000_000, above: true }
export const MIN_SPEND: NumberBounds = { min: 0, max: 1_000_000_000_000 }
const MULTIPLIER: NumberBounds = { min: 0, max: 100, above: true, places: 2 }

const count = (max: number) => z.number().int().min(0).max(max)

export const AdminUpdateLoyaltySettings = z
  .object({
    earn_rates: perCurrency(EARN_RATE),
    point_values: perCurrency(POINT_VALUE),
    // { <product collection id>: 2 } doubles the points on that collection
    collection_multipliers: decimalMap(MULTIPLIER, COLLECTION_ID),
    pending_days: count(365),
    expiry_months: count(120),
    expiry_warning_days: count(365),
    signup_bonus: count(1_000_000),
    birthday_bonus: count(1_000_000),
    referral_bonus_referrer: count(1_000_000),
    referral_bonus_referee: count(1_000_000),
    min_redeem_points: count(100_000_000),
    max_redeem_percent: z.number().int().min(1).max(100),
    tier_window: z.enum(["lifetime", "rolling"]),
    tier_window_months: z.number().int().min(1).max(120),
    downgrade_nightly_only: z.boolean(),
  })
  .partial()
  .strict()

export type AdminUpdateLoyaltySettingsType = z.infer<typeof AdminUpdateLoyaltySettings>
