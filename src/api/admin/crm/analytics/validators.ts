import { z } from "@medusajs/framework/zod"
import {
  GRANULARITIES,
  LIST_LIMIT_MAX,
  MAX_PERIOD_DAYS,
  RECENCY_BUCKETS,
  RECENCY_SORTS,
  REBOOK_DAYS_MAX,
  SORT_ORDERS,
  DEFAULT_LIST_LIMIT,
  DEFAULT_TOP_LIMIT,
  MAX_DAY_STEPS,
  type CustomersQuery,
  type OverviewQuery,
  type RecencyQuery,
  type SpendingQuery,
  type StaffQuery,
} from "../../../../types/analytics"
import { fieldError, INPUT_KIND, isoDate, numberProblem, page, text } from "../../../utils/validators"

/** Whether Node (ICU) knows a time zone: "Asia/Ho_Chi_Minh", "UTC", "+07:00" is not one. */
function isTimeZone(value: string) {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return false
  try {
    new Intl.DateTimeFormat("en", { timeZone: value })
    return true
  } catch {
    return false
  }
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1

const timeZone = () =>
  z
    .string()
    .refine(isTimeZone, fieldError("expected an IANA time zone such as Asia/Ho_Chi_Minh or UTC"))
    .describe(INPUT_KIND.text)

/** ISO 4217, three letters, any case: stored and compared lowercase, as Medusa does. */
const currency = () =>
  z
    .string()
    .regex(/^[A-Za-z]{3}$/, fieldError("expected a three-letter ISO 4217 currency code such as vnd"))
    .transform((v) => v.toLowerCase())
    .describe(INPUT_KIND.text)

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max)

/** What every report takes: the period, its time zone, the currency, the series' step. */
const periodFields = {
  from: isoDate().optional(),
  to: isoDate().optional(),
  tz: timeZone().optional(),
  currency: currency().optional(),
  granularity: z.enum(GRANULARITIES).optional(),
}

type PeriodQuery = { from?: string; to?: string; granularity?: string }

/** The period's own rules: from not after to, not too long, days as steps for a year at most. */
const withPeriodRules = <T extends z.ZodType<PeriodQuery>>(schema: T) =>
  schema
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from: must not be after to", path: ["from"] })
    .refine((q) => !q.from || !q.to || days(q.from, q.to) <= MAX_PERIOD_DAYS, {
      message: `from: a period is at most ${MAX_PERIOD_DAYS} days`,
      path: ["from"],
    })
    .refine((q) => q.granularity !== "day" || !q.from || days(q.from, q.to ?? new Date().toISOString().slice(0, 10)) <= MAX_DAY_STEPS, {
      message: `granularity: day steps for at most ${MAX_DAY_STEPS} days; use week or month`,
      path: ["granularity"],
    })

/** `format=csv` where the report returns a list (the whole list, not a page); JSON elsewhere. */
const format = (csv: boolean) => (csv ? z.enum(["json", "csv"]) : z.enum(["json"])).default("json")
const HIGH_SPENDER = { min: 0, max: 1e15, places: 2 }
const rebookDays = () => wholeNumber(1, REBOOK_DAYS_MAX).optional()

export const AdminAnalyticsOverviewParams = withPeriodRules(
  z.object({ ...periodFields, format: format(true), limit: wholeNumber(1, LIST_LIMIT_MAX).default(DEFAULT_TOP_LIMIT) }).strict()
)
export const AdminAnalyticsCustomersParams = withPeriodRules(
  z.object({ ...periodFields, format: format(false), rebook_days: rebookDays(), loyal_orders: wholeNumber(1, 1_000).optional() }).strict()
)
export const AdminAnalyticsSpendingParams = withPeriodRules(
  z
    .object({
      ...periodFields,
      format: format(true),
      // money in major units: whole VND, USD to the cent
      high_spender: z.coerce
        .number()
        .refine((v) => numberProblem(v, HIGH_SPENDER) === null, fieldError((v) => numberProblem(v, HIGH_SPENDER) ?? "expected a number"))
        .optional(),
      ...page({ limit: DEFAULT_LIST_LIMIT, max: LIST_LIMIT_MAX }),
    })
    .strict()
)
export const AdminAnalyticsSatisfactionParams = withPeriodRules(z.object({ ...periodFields, format: format(false) }).strict())
export const AdminAnalyticsRecencyParams = withPeriodRules(
  z
    .object({
      ...periodFields,
      format: format(true),
      bucket: z.enum(RECENCY_BUCKETS).optional(),
      q: text({ min: 1, max: 100 }).optional(),
      sort: z.enum(RECENCY_SORTS).optional(),
      order: z.enum(SORT_ORDERS).optional(),
      ...page({ limit: DEFAULT_LIST_LIMIT, max: LIST_LIMIT_MAX }),
    })
    .strict()
)
export const AdminAnalyticsSourcesParams = withPeriodRules(z.object({ ...periodFields, format: format(true) }).strict())
export const AdminAnalyticsStaffParams = withPeriodRules(z.object({ ...periodFields, format: format(true), rebook_days: rebookDays() }).strict())

export const ANALYTICS_PARAMS = {
  overview: AdminAnalyticsOverviewParams,
  customers: AdminAnalyticsCustomersParams,
  spending: AdminAnalyticsSpendingParams,
  satisfaction: AdminAnalyticsSatisfactionParams,
  recency: AdminAnalyticsRecencyParams,
  sources: AdminAnalyticsSourcesParams,
  staff: AdminAnalyticsStaffParams,
} as const

/** Any report's validated query (each report's schema takes its own fields only). */
export type AdminAnalyticsParamsType = OverviewQuery & CustomersQuery & SpendingQuery & RecencyQuery & StaffQuery & { format: "json" | "csv" }
