/**
 * The CRM's shapes, declared once for the server (models, API, workflows)
 * and the admin dashboard: the values fields take, the records the
 * workflows write, and the JSON the admin API answers (dates as strings).
 */

export const TAG_COLORS = ["grey", "red", "orange", "green", "blue", "purple"] as const
export type TagColor = (typeof TAG_COLORS)[number]

export type CrmTagRecord = { id: string; name: string; color: TagColor }
export type CreateCrmTag = { name: string; color?: TagColor }
export type UpdateCrmTag = { id: string; name?: string; color?: TagColor }

export type CrmSourceRecord = { id: string; name: string; description: string | null }
export type CreateCrmSource = { name: string; description?: string | null }
export type UpdateCrmSource = { id: string; name?: string; description?: string | null }

export const CUSTOM_FIELD_TYPES = ["text", "number", "date", "select", "boolean"] as const
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]

export type CustomFieldRecord = {
  id: string
  key: string
  label: string
  type: CustomFieldType
  options: string[] | null
  required: boolean
  rank: number
}
export type CreateCustomField = {
  key: string
  label: string
  type: CustomFieldType
  options?: string[] | null
  required?: boolean
  rank?: number
}
/** key and type are fixed once defined: stored values were validated against them */
export type UpdateCustomField = {
  id: string
  label?: string
  options?: string[] | null
  required?: boolean
  rank?: number
}

export type LeadMatchedBy = "email" | "phone" | "none"

export type LeadRecord = {
  id: string
  sender: string
  external_id: string
  customer_id: string
  touch_point_id: string | null
  customer_created: boolean
  matched_by: LeadMatchedBy
  created_at: Date
}
export type CreateLead = {
  sender: string
  external_id: string
  customer_id: string
  touch_point_id?: string | null
  customer_created: boolean
  matched_by: LeadMatchedBy
  /** the lead as received, for tracing what the sender said */
  payload?: Record<string, unknown> | null
  /** what it said otherwise than the customer's record (not written there) */
  differences?: Record<string, unknown> | null
  intake_key_id?: string | null
}

// The admin API's JSON (src/api/admin/...), as the dashboard reads it

export const GENDERS = ["female", "male", "other", "undisclosed"] as const
export const SKIN_TYPES = ["normal", "dry", "oily", "combination", "sensitive"] as const
export const TOUCH_POINT_TYPES = ["call", "email", "sms", "chat", "visit", "complaint", "note"] as const
export const TOUCH_POINT_DIRECTIONS = ["inbound", "outbound", "internal"] as const

export type Gender = (typeof GENDERS)[number]
export type SkinType = (typeof SKIN_TYPES)[number]
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

export type CustomField = CustomFieldRecord
export type CustomFieldsResponse = { custom_fields: CustomField[]; count: number; limit: number; offset: number }
export type CreateCustomFieldPayload = CreateCustomField
export type UpdateCustomFieldPayload = Omit<UpdateCustomField, "id">

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

