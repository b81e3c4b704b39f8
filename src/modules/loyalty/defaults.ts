/**
 * The rules a new installation starts with (all editable in the admin):
 * 1 point per 10,000 VND or per 1 USD spent, a point worth 500 VND or 0.05 USD
 * at checkout (5 % back), points valid 12 months.
 */
/** The one settings row's id: a fixed id, so two processes starting together write one row. */
export const DEFAULT_SETTINGS_ID = "lyset_default"

export const DEFAULT_SETTINGS = {
  earn_rates: { vnd: 10000, usd: 1, eur: 1 },
  point_values: { vnd: 500, usd: 0.05, eur: 0.05 },
  collection_multipliers: {},
  pending_days: 0,
  expiry_months: 12,
  expiry_warning_days: 30,
  signup_bonus: 100,
  birthday_bonus: 200,
  referral_bonus_referrer: 200,
  referral_bonus_referee: 100,
  min_redeem_points: 100,
  max_redeem_percent: 50,
  tier_window: "rolling" as const,
  tier_window_months: 12,
  downgrade_nightly_only: true,
}

/** Five spend tiers (fixed ids mark them as seeded); min_spend is over the tier window, per currency, in major units. */
export const DEFAULT_TIERS = [
  { id: "lytier_standard", handle: "standard", name: "Standard", rank: 0, min_spend: { vnd: 0, usd: 0, eur: 0 }, discount_percent: 0, points_multiplier: 1, birthday_bonus_points: 0 },
  { id: "lytier_gold", handle: "gold", name: "Gold", rank: 1, min_spend: { vnd: 5_000_000, usd: 200, eur: 200 }, discount_percent: 3, points_multiplier: 1.1, birthday_bonus_points: 100 },
  { id: "lytier_platinum", handle: "platinum", name: "Platinum", rank: 2, min_spend: { vnd: 15_000_000, usd: 600, eur: 600 }, discount_percent: 5, points_multiplier: 1.25, birthday_bonus_points: 200 },
  { id: "lytier_diamond", handle: "diamond", name: "Diamond", rank: 3, min_spend: { vnd: 30_000_000, usd: 1_200, eur: 1_200 }, discount_percent: 8, points_multiplier: 1.5, birthday_bonus_points: 300 },
  { id: "lytier_luxurious", handle: "luxurious", name: "Luxurious", rank: 4, min_spend: { vnd: 60_000_000, usd: 2_500, eur: 2_500 }, discount_percent: 10, points_multiplier: 2, birthday_bonus_points: 500 },
]
