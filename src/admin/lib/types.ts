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
}
export type TouchPointsResponse = { touch_points: TouchPoint[]; count: number; limit: number; offset: number }
export type CreateTouchPointPayload = {
  type: TouchPointType
  channel?: string | null
  direction?: TouchPointDirection
  summary: string
  occurred_at?: string
}
