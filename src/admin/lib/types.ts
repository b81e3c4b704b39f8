// Shapes of the CRM admin API (src/api/admin/...), as the admin extensions read them.

export const GENDERS = ["female", "male", "other", "undisclosed"] as const
export const SKIN_TYPES = ["normal", "dry", "oily", "combination", "sensitive"] as const
export const TAG_COLORS = ["grey", "red", "orange", "green", "blue", "purple"] as const
export const CUSTOM_FIELD_TYPES = ["text", "number", "date", "select", "boolean"] as const
export const TOUCH_POINT_TYPES = ["call", "email", "sms", "chat", "visit", "complaint", "note"] as const
export const TOUCH_POINT_DIRECTIONS = ["inbound", "outbound", "internal"] as const

export type Gender = (typeof GENDERS)[number]
export type SkinType = (typeof SKIN_TYPES)[number]
export type TagColor = (typeof TAG_COLORS)[number]
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]
export type TouchPointType = (typeof TOUCH_POINT_TYPES)[number]
export type TouchPointDirection = (typeof TOUCH_POINT_DIRECTIONS)[number]

export type CustomFieldValue = string | number | boolean | null

export type CrmProfile = {
  id: string
  customer_id: string
  birthday: string | null
  gender: Gender | null
  occupation: string | null
  zalo: string | null
  wechat: string | null
  facebook: string | null
  skin_type: SkinType | null
  skin_concerns: string[] | null
  allergies: string | null
  body_care_needs: string | null
  preferred_staff: string | null
  preferred_time: string | null
  notes: string | null
  custom_fields: Record<string, CustomFieldValue> | null
  phone_e164: string | null
  acquired_at: string | null
  source: { id: string; name: string } | null
}

export type TagSummary = { id: string; name: string; color: TagColor }

export type CustomerCrmResponse = { crm_profile: CrmProfile | null; tags?: TagSummary[] }

type ProfileText = Partial<
  Record<
    | "birthday"
    | "occupation"
    | "zalo"
    | "wechat"
    | "facebook"
    | "allergies"
    | "body_care_needs"
    | "preferred_staff"
    | "preferred_time"
    | "notes",
    string | null
  >
>

export type UpdateCustomerCrmPayload = ProfileText & {
  gender?: Gender | null
  skin_type?: SkinType | null
  skin_concerns?: string[] | null
  /** A patch: a null value clears that key. */
  custom_fields?: Record<string, CustomFieldValue>
  source_id?: string | null
}

export type Tag = TagSummary & { customer_count?: number }
export type TagsResponse = { tags: Tag[]; count: number; limit: number; offset: number }
export type TagPayload = { name: string; color: TagColor }
export type ChangeTagCustomersPayload = { add?: string[]; remove?: string[] }

export type Source = { id: string; name: string; description: string | null; customer_count?: number }
export type SourcesResponse = { sources: Source[]; count: number; limit: number; offset: number }
export type SourcePayload = { name: string; description?: string | null }

/** A credential another system posts leads with (POST /intake/leads), for one source. */
export type IntakeKey = {
  id: string
  name: string
  /** The token's last 4 characters. */
  redacted: string
  source: { id: string; name: string } | null
  created_by: string | null
  revoked_at: string | null
  revoked_by: string | null
  created_at: string
  last_lead_at: string | null
}
export type IntakeKeysResponse = { intake_keys: IntakeKey[]; count: number; limit: number; offset: number }
export type IntakeKeysQuery = { revoked?: boolean; limit?: number; offset?: number }
export type CreateIntakeKeyPayload = { name: string; source_id: string }
/** The token (`lik_…`) is in this answer only. */
export type CreateIntakeKeyResponse = { intake_key: IntakeKey; token: string }

export type SourceStat = {
  /** null on the row of customers without a source */
  source_id: string | null
  name: string
  customers: number
  buyers: number
  /** buyers / customers × 100, one decimal */
  conversion_rate: number
  revenue: { currency_code: string; amount: number }[]
}
export type SourceStatsResponse = { from: string; to: string; sources: SourceStat[] }

export type CustomField = {
  id: string
  key: string
  label: string
  type: CustomFieldType
  options: string[] | null
  required: boolean
  rank: number
}
export type CustomFieldsResponse = { custom_fields: CustomField[]; count: number; limit: number; offset: number }
export type CreateCustomFieldPayload = {
  key: string
  label: string
  type: CustomFieldType
  options?: string[] | null
  required?: boolean
  rank?: number
}
export type UpdateCustomFieldPayload = {
  label?: string
  options?: string[] | null
  required?: boolean
  rank?: number
}

export type TouchPoint = {
  id: string
  type: TouchPointType
  channel: string | null
  direction: TouchPointDirection
  summary: string
  occurred_at: string
  staff: { id: string; first_name: string | null; last_name: string | null; email: string } | null
  metadata?: TouchPointMetadata | null
}
/**
 * What a lead said otherwise than fields staff had already filled (the profile
 * kept them), by field: `first_name`, `phone`, `profile.skin_type`,
 * `profile.custom_fields.<key>`.
 */
export type LeadDifferences = Record<string, { kept: unknown; received: unknown }>
export type TouchPointMetadata = Record<string, unknown> & { differences?: LeadDifferences }
export type TouchPointsResponse = { touch_points: TouchPoint[]; count: number; limit: number; offset: number }
export type CreateTouchPointPayload = {
  type: TouchPointType
  channel?: string | null
  direction?: TouchPointDirection
  summary: string
  occurred_at?: string
}

// Loyalty (src/api/admin/customers/[id]/loyalty, /admin/orders/[id]/loyalty, /admin/loyalty/*)

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
