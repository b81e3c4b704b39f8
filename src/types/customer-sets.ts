/**
 * Customer sets' shapes, declared once for the server (validators, the rule
 * compiler, workflows) and the admin dashboard (the rule builder).
 *
 * A set's rules are a tree: a group combines its rules with AND or OR, and a
 * rule is either a condition or another group. Every condition has the same
 * shape, `{ field, operator, value }`, plus `currency_code` (money) and
 * `period` (what happened in a window) where the field takes them.
 */
import { GENDERS, SKIN_TYPES } from "./crm"
import { BEHAVIOUR_CLASSES, BEHAVIOUR_GROUPS } from "./customer-behaviour"

/** What a field's value is, which fixes its operators and the value's shape. */
export type SetFieldKind =
  /** a number compared with `gte`, `lte`, `eq` (value: number) or `between` (value: [min, max]) */
  | "number"
  /** one of fixed choices: `in` / `not_in`, value: the choices (at least one) */
  | "choice"
  /** free text matched whole, case- and accent-insensitive: `in` / `not_in`, value: texts */
  | "text"
  /** ids of the plugin's or Medusa's records: `in` / `not_in` (tier also `at_least`), value: ids */
  | "id"
  /** a customer has many (tags, products bought): `any` / `all` / `none` of the ids */
  | "ids"

export type SetFieldDefinition = {
  kind: SetFieldKind
  operators: readonly SetOperator[]
  /** for `choice`: the values allowed */
  choices?: readonly (string | number)[]
  /** money: the condition names its currency */
  currency?: boolean
  /** the condition may name a window (`period`); without one it counts everything */
  period?: boolean
  /** numbers: whole numbers only, and the smallest allowed */
  integer?: boolean
  min?: number
}

export const SET_OPERATORS = ["gte", "lte", "eq", "between", "in", "not_in", "at_least", "any", "all", "none"] as const
export type SetOperator = (typeof SET_OPERATORS)[number]

const NUMBER_OPERATORS = ["gte", "lte", "eq", "between"] as const
const CHOICE_OPERATORS = ["in", "not_in"] as const
const MANY_OPERATORS = ["any", "all", "none"] as const
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const

/**
 * Every field a set can test. Where each one is read from (all the plugin's
 * own tables, never Medusa's):
 * - birthday_month, age, gender, skin_type, source: the CRM profile
 * - tags: the CRM's tag assignments
 * - city, country: the customer facts (her address, else her last order's)
 * - total_spend, order_count, days_since_last_order, bought_*: the customer facts
 * - behaviour_class, behaviour_group: the RFM scores kept with her facts
 * - tier, points_balance: the loyalty account and its ledger
 */
export const SET_FIELDS = {
  birthday_month: { kind: "choice", operators: CHOICE_OPERATORS, choices: MONTHS },
  age: { kind: "number", operators: NUMBER_OPERATORS, integer: true, min: 0 },
  gender: { kind: "choice", operators: CHOICE_OPERATORS, choices: GENDERS },
  skin_type: { kind: "choice", operators: CHOICE_OPERATORS, choices: SKIN_TYPES },
  city: { kind: "text", operators: CHOICE_OPERATORS },
  /** ISO 3166-1 alpha-2, lowercase as Medusa stores it */
  country: { kind: "text", operators: CHOICE_OPERATORS },
  /** `at_least` takes one tier id: that tier or a higher one (by rank) */
  tier: { kind: "id", operators: ["in", "not_in", "at_least"] },
  tags: { kind: "ids", operators: MANY_OPERATORS },
  source: { kind: "id", operators: CHOICE_OPERATORS },
  /** net spend (after refunds and returns) in one currency, major units */
  total_spend: { kind: "number", operators: NUMBER_OPERATORS, currency: true, period: true, min: 0 },
  order_count: { kind: "number", operators: NUMBER_OPERATORS, period: true, integer: true, min: 0 },
  /** customers who never ordered have no value and match no condition on it */
  days_since_last_order: { kind: "number", operators: NUMBER_OPERATORS, integer: true, min: 0 },
  bought_product: { kind: "ids", operators: MANY_OPERATORS, period: true },
  bought_collection: { kind: "ids", operators: MANY_OPERATORS, period: true },
  behaviour_class: { kind: "choice", operators: CHOICE_OPERATORS, choices: BEHAVIOUR_CLASSES },
  behaviour_group: { kind: "choice", operators: CHOICE_OPERATORS, choices: BEHAVIOUR_GROUPS },
  points_balance: { kind: "number", operators: NUMBER_OPERATORS, integer: true },
} as const satisfies Record<string, SetFieldDefinition>

export type SetField = keyof typeof SET_FIELDS
export const SET_FIELD_NAMES = Object.keys(SET_FIELDS) as SetField[]

/** A window: the last N days up to now, or between two dates (inclusive, ISO `YYYY-MM-DD`). */
export type SetPeriod = { last_days: number } | { from: string; to: string }

export type SetCondition = {
  field: SetField
  operator: SetOperator
  value: number | [number, number] | (string | number)[]
  /** money fields: lowercase ISO 4217 */
  currency_code?: string
  period?: SetPeriod
}

export type SetRuleGroup = { combinator: "and" | "or"; rules: SetRule[] }
export type SetRule = SetCondition | SetRuleGroup

export const isRuleGroup = (rule: SetRule): rule is SetRuleGroup => "combinator" in rule

/** Limits that keep one set's query reasonable (and its JSON small). */
export const SET_RULE_LIMITS = { depth: 4, rules_per_group: 30, values_per_condition: 500 } as const

export const SET_KINDS = ["dynamic", "static"] as const
/** dynamic: re-evaluated on a schedule and after events; static: the snapshot taken when saved */
export type SetKind = (typeof SET_KINDS)[number]

export type CustomerSetRecord = {
  id: string
  name: string
  description: string | null
  kind: SetKind
  rules: SetRuleGroup
  /** the Medusa customer group that holds the members, for promotions */
  customer_group_id: string | null
  member_count: number
  evaluated_at: string | null
  /** how long the last evaluation took, ms */
  evaluation_ms: number | null
  created_at: string
  updated_at: string
}

export type CustomerSetMember = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type CustomerSetPreview = { count: number; customers: CustomerSetMember[]; took_ms: number }

export const SET_PROMOTION_TYPES = ["percentage", "fixed"] as const
export type SetPromotionType = (typeof SET_PROMOTION_TYPES)[number]

/** "Create a promotion for this set": a Medusa promotion whose rule is the set's customer group. */
export type CreateSetPromotion = {
  code: string
  /** automatic: applied to every member's cart without a code */
  is_automatic?: boolean
  type: SetPromotionType
  /** percentage 0–100, or a fixed amount in major units of `currency_code` */
  value: number
  currency_code?: string
  starts_at?: string | null
  ends_at?: string | null
  /** how many times one customer may use it */
  limit_per_customer?: number | null
}
