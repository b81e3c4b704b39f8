import { crmRecordSteps } from "./crm-records"

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

/** Writes of received leads; the unique index on (sender, external_id) rejects a second one. */
export const { createStep: createLeadsStep } = crmRecordSteps<LeadRecord, CreateLead, { id: string }>("leads", "Leads")
