/**
 * Feedback (C1) and follow-ups (C3), declared once for the server (models,
 * API, workflows) and the admin dashboard: the JSON the routes answer (dates
 * as strings) and the rules both sides show.
 */

/** The four dimensions a shopper rates beside her overall rating, each 1–5. */
export const FEEDBACK_DIMENSIONS = ["service_quality", "staff_attitude", "space", "price"] as const
export type FeedbackDimension = (typeof FEEDBACK_DIMENSIONS)[number]
/** Every rating of a feedback: overall first, then the dimensions. */
export const FEEDBACK_RATINGS = ["overall", ...FEEDBACK_DIMENSIONS] as const
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number]

export const RATING_MIN = 1
export const RATING_MAX = 5
/** A rating at or below this, overall or in any dimension, opens a follow-up. */
export const LOW_RATING = 2
/** How long the spa has to call back a customer who rated low. */
export const FOLLOW_UP_DUE_HOURS = 24
export const FEEDBACK_COMMENT_MAX = 2_000

export const FOLLOW_UP_STATUSES = ["open", "done"] as const
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
/** What the follow-up list filters on: overdue = open and past its due time. */
export const FOLLOW_UP_VIEWS = ["open", "overdue", "done"] as const
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number]
export const FOLLOW_UP_REASONS = ["low_rating"] as const
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number]

/** The event the feedback workflow emits once a feedback is stored. */
export const FEEDBACK_CREATED_EVENT = "feedback.created"

export type Ratings = Record<FeedbackRating, number>

/** Whether these ratings open a follow-up: overall or any dimension at LOW_RATING or below. */
export const isLowRating = (ratings: Ratings) => FEEDBACK_RATINGS.some((r) => ratings[r] <= LOW_RATING)

export type CreateFeedbackInput = Ratings & {
  order_id: string
  customer_id: string
  comment?: string | null
}

export type FeedbackRecord = Ratings & {
  id: string
  order_id: string
  customer_id: string
  comment: string | null
  staff_user_ids: string[]
  created_at: string | Date
}

export type FollowUpRecord = {
  id: string
  customer_id: string
  feedback_id: string | null
  order_id: string | null
  reason: FollowUpReason
  due_at: string | Date
  status: FollowUpStatus
  outcome: string | null
  closed_at: string | Date | null
  closed_by: string | null
  touch_point_id: string | null
  created_at: string | Date
}

/** A customer or staff member as lists show them. */
export type PersonSummary = { id: string; first_name: string | null; last_name: string | null; email: string | null }

export type FeedbackAverages = Record<FeedbackRating, number | null> & { count: number }

// The admin API's JSON

export type AdminFeedback = FeedbackRecord & {
  created_at: string
  customer: PersonSummary | null
  staff: PersonSummary[]
}
export type AdminFeedbackListResponse = {
  feedback: AdminFeedback[]
  count: number
  limit: number
  offset: number
  averages: FeedbackAverages
}
export type AdminOrderFeedbackResponse = { feedback: AdminFeedback | null; staff: PersonSummary[] }
export type AdminFollowUp = FollowUpRecord & {
  due_at: string
  closed_at: string | null
  created_at: string
  overdue: boolean
  customer: PersonSummary | null
  closed_by_user: PersonSummary | null
  /** the feedback that opened it: its ratings and comment */
  feedback: (Ratings & { id: string; comment: string | null; created_at: string }) | null
}
export type AdminFollowUpListResponse = { follow_ups: AdminFollowUp[]; count: number; limit: number; offset: number }

// The store API's JSON

export type StoreFeedback = Ratings & { id: string; order_id: string; comment: string | null; created_at: string }
