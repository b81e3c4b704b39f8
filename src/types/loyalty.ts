/**
 * Loyalty's shapes, declared once for the server and the admin dashboard: the
 * JSON the admin API answers (src/api/admin/customers/[id]/loyalty,
 * /admin/orders/[id]/loyalty, /admin/loyalty/*), dates as strings.
 */

export const POINTS_ENTRY_KINDS = ["earn", "redeem", "adjust", "expire", "reverse"] as const
export type PointsEntryKind = (typeof POINTS_ENTRY_KINDS)[number]

/** An amount per lowercase currency code, in major units: { vnd: 10000, usd: 1 }. */
export type PerCurrency = Record<string, number>

export type TierSummary = { id?: string; handle?: string; name: string; rank: number }

export type CustomerLoyalty = {
  account_id?: string
  referral_code: string | null
  balance: number
  pending: number
  spendable: number
  expiring_soon: number
  tier: TierSummary | null
  next_tier: (TierSummary & { min_spend: PerCurrency }) | null
  /** What the member spent over the tier window, per currency. */
  spend: PerCurrency
  /** Per currency, what is still to spend to reach the next tier (any one currency is enough). */
  spend_needed?: PerCurrency
}
export type CustomerLoyaltyResponse = { loyalty: CustomerLoyalty }

/** What the store's standing route adds for the shopper's checkout: the rules of spending points. */
export type StoreMemberStanding = CustomerLoyalty & {
  /** What one point is worth, per currency, in major units (a currency missing here can't be paid with points). */
  point_values: PerCurrency
  min_redeem_points: number
  /** The share of a cart's total points may pay, in percent. */
  max_redeem_percent: number
}
export type StoreMemberStandingResponse = { loyalty: StoreMemberStanding }

/** The reference of the cart credit line that carries a member's points (one per cart; metadata.points says how many). */
export const LOYALTY_CREDIT_REFERENCE = "loyalty-points"

export type PointsEntry = {
  id: string
  kind: PointsEntryKind
  /** Signed: credits positive, debits negative. */
  points: number
  /** What the member reads in her points history. */
  reason: string | null
  /** The staff's internal note (manual adjustments); never shown to the member. */
  note: string | null
  reference?: string
  order_id: string | null
  available_at: string | null
  expires_at: string | null
  metadata?: Record<string, unknown> | null
  created_at: string
}
export type PointsEntriesResponse = { entries: PointsEntry[]; count: number; limit: number; offset: number }
export type PointsEntriesQuery = { limit: number; offset: number; kind?: PointsEntryKind }

export type AdjustPointsPayload = {
  points: number
  /** For the staff only, 3–500 characters. */
  note: string
  /** What the member reads, 3–200 characters; without it she sees "Points adjustment". */
  reason?: string
  idempotency_key?: string
}

export type TierChange = {
  id: string
  from_tier: TierSummary | null
  to_tier: TierSummary | null
  reason: string
  spend: PerCurrency | null
  created_at: string
}
export type TierHistoryResponse = { tier_changes: TierChange[]; count: number; limit: number; offset: number }

export type OrderLoyalty = {
  /** Points booked for the order (positive). */
  earned: number
  /** Points spent on it at checkout (positive). */
  redeemed: number
  /** Points taken back by cancelling, refunds and returns (positive). */
  reversed: number
  /** Of those, what the member had already spent and could not be taken back. */
  unrecovered?: number
  /** Points spent on the order and returned to the member when it was canceled. */
  given_back?: number
  entries: PointsEntry[]
}
export type OrderLoyaltyResponse = OrderLoyalty

export const TIER_WINDOWS = ["lifetime", "rolling"] as const
export type TierWindow = (typeof TIER_WINDOWS)[number]

export type LoyaltySettings = {
  earn_rates: PerCurrency
  point_values: PerCurrency
  /** { <product collection id>: multiplier } */
  collection_multipliers: Record<string, number>
  pending_days: number
  expiry_months: number
  expiry_warning_days: number
  signup_bonus: number
  birthday_bonus: number
  referral_bonus_referrer: number
  referral_bonus_referee: number
  min_redeem_points: number
  max_redeem_percent: number
  tier_window: TierWindow
  tier_window_months: number
  downgrade_nightly_only: boolean
}
export type LoyaltySettingsResponse = { settings: LoyaltySettings }
/** A map sent replaces the stored one; other fields change only when sent. */
export type UpdateLoyaltySettingsPayload = Partial<Omit<LoyaltySettings, "id">>

export type LoyaltyTier = {
  id: string
  handle: string
  name: string
  rank: number
  min_spend: PerCurrency
  discount_percent: number
  points_multiplier: number
  birthday_bonus_points: number
  customer_group_id: string | null
  promotion_id: string | null
  member_count: number
}
export type LoyaltyTiersResponse = { tiers: LoyaltyTier[] }
export type LoyaltyTierPayload = {
  name: string
  handle?: string
  rank: number
  min_spend: PerCurrency
  discount_percent?: number
  points_multiplier?: number
  birthday_bonus_points?: number
}

export type AwardFailure = {
  id: string
  operation: string
  reference: string
  error: string
  attempts: number
  last_attempt_at: string
  resolved_at: string | null
}
export type RetryAwardFailureResponse = { failure: AwardFailure }
export type AwardFailuresResponse = { failures: AwardFailure[]; count: number; limit?: number; offset?: number }

/**
 * The reasons the plugin itself writes on points entries, stored in English as
 * staff read them in the admin; the storefront shows these in her language
 * (any other reason, e.g. one staff typed, as it was written).
 */
export const POINTS_REASONS = {
  order_placed: "Order placed",
  spent_at_checkout: "Spent at checkout",
  signup_bonus: "Sign-up bonus",
  birthday_bonus: "Birthday bonus",
  points_expired: "Points expired",
  referral_referrer: "Referral bonus: a friend's first order",
  referral_referee: "Referral bonus: first order",
  redeemed_given_back: "Points given back: order canceled",
  order_canceled: "Order canceled",
  order_refunded: "Order refunded",
  items_returned: "Items returned",
  adjustment: "Points adjustment",
} as const
export type PointsReasonKey = keyof typeof POINTS_REASONS
