/**
 * Behaviour classes (S5): recency, frequency and monetary scores (1–5, by
 * quintile over the store's customers who have ordered) and the class their
 * ranges give, shared by the server and the admin.
 */

export const BEHAVIOUR_CLASSES = [
  "champions",
  "loyal",
  "potential_loyalist",
  "new",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose",
  "lost",
] as const
export type BehaviourClass = (typeof BEHAVIOUR_CLASSES)[number]

/** The spec's five classes, which the ten roll up to. */
export const BEHAVIOUR_GROUPS = ["new", "returning", "loyal", "at_risk", "lost"] as const
export type BehaviourGroup = (typeof BEHAVIOUR_GROUPS)[number]

/** An inclusive range of a 1–5 score. */
export type ScoreRange = [number, number]

/**
 * One row of the class table: a customer whose recency score and
 * frequency-monetary score (the rounded mean of F and M) fall in the ranges
 * gets the class. Rows are tried in order; the first that matches wins.
 */
export type BehaviourRule = { class: BehaviourClass; group: BehaviourGroup; recency: ScoreRange; frequency_monetary: ScoreRange }

/**
 * The usual RFM grid (recency across, frequency-monetary up), as the store
 * starts with it; the owner may change the ranges in the settings.
 */
export const DEFAULT_BEHAVIOUR_RULES: BehaviourRule[] = [
  { class: "champions", group: "loyal", recency: [5, 5], frequency_monetary: [4, 5] },
  { class: "loyal", group: "loyal", recency: [3, 4], frequency_monetary: [4, 5] },
  { class: "potential_loyalist", group: "returning", recency: [4, 5], frequency_monetary: [2, 3] },
  { class: "new", group: "new", recency: [5, 5], frequency_monetary: [1, 1] },
  { class: "promising", group: "new", recency: [4, 4], frequency_monetary: [1, 1] },
  { class: "need_attention", group: "returning", recency: [3, 3], frequency_monetary: [3, 3] },
  { class: "about_to_sleep", group: "at_risk", recency: [3, 3], frequency_monetary: [1, 2] },
  { class: "cant_lose", group: "at_risk", recency: [1, 2], frequency_monetary: [5, 5] },
  { class: "at_risk", group: "at_risk", recency: [1, 2], frequency_monetary: [3, 4] },
  { class: "lost", group: "lost", recency: [1, 2], frequency_monetary: [1, 2] },
]

/** A customer's scores and class, as the admin shows them. */
export type CustomerBehaviour = {
  recency_score: number | null
  frequency_score: number | null
  monetary_score: number | null
  behaviour_class: BehaviourClass | null
  behaviour_group: BehaviourGroup | null
  scored_at: string | null
}
