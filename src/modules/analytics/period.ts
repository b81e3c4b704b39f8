import {
  type AnalyticsPeriod,
  type AnalyticsQuery,
  DEFAULT_PERIOD_DAYS,
  DEFAULT_TZ,
  type Granularity,
  granularityFor,
  MAX_PERIOD_DAYS,
} from "../../types/analytics"
import { join, type Sql, sql } from "./sql"

const DAY_MS = 86_400_000

/** YYYY-MM-DD `days` later (or earlier), in the calendar alone. */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
/** The day it is in a time zone at a moment. */
export const dayIn = (tz: string, at: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)

/** What a report works on: the period, the previous one, the currency. */
export type Period = AnalyticsPeriod

/** A wrong query the validators let through (a caller without the route): said as the route would. */
export class AnalyticsQueryError extends Error {}

/**
 * The period a query asks for, in whole days of its time zone: `to` defaults
 * to today, `from` to DEFAULT_PERIOD_DAYS before; the previous period has as
 * many days and ends the day before `from`. The currency is the one asked
 * for, else the one with the most orders, else `fallbackCurrency`.
 */
export function resolvePeriod(
  query: AnalyticsQuery,
  currencies: string[],
  { now = new Date(), fallbackCurrency = "usd" }: { now?: Date; fallbackCurrency?: string } = {}
): Period {
  const tz = query.tz ?? DEFAULT_TZ
  const to = query.to ?? (query.from ? maxDay(query.from, dayIn(tz, now)) : dayIn(tz, now))
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS)
  if (from > to) throw new AnalyticsQueryError(`from: ${from} is after to (${to})`)
  const days = daysBetween(from, to) + 1
  if (days > MAX_PERIOD_DAYS) throw new AnalyticsQueryError(`from: the period is ${days} days, more than ${MAX_PERIOD_DAYS}`)
  const previousTo = addDays(from, -1)
  return {
    from,
    to,
    tz,
    currency: query.currency ?? currencies[0] ?? fallbackCurrency,
    currencies,
    granularity: query.granularity ?? granularityFor(days),
    previous: { from: addDays(previousTo, 1 - days), to: previousTo },
    days,
  }
}

const maxDay = (a: string, b: string) => (a > b ? a : b)

/** A step of a period: its name in the series, its days [start, end) (clipped to the period), and where its period starts. */
export type Step = { current: boolean; bucket: string; start: string; end: string; period_start: string }

/** The first day of the step a day falls in: itself, its week's Monday, its month's first. */
function stepStart(day: string, granularity: Granularity) {
  if (granularity === "day") return day
  if (granularity === "month") return `${day.slice(0, 7)}-01`
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday 0
  return addDays(day, -weekday)
}

function nextStep(start: string, granularity: Granularity) {
  if (granularity === "day") return addDays(start, 1)
  if (granularity === "week") return addDays(start, 7)
  const [y, m] = start.split("-").map(Number)
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`
}

/**
 * A period cut in steps (days, weeks from Monday or months of its time
 * zone), the previous period too unless told not to. A step's name is its
 * first day ("2026-03-02"; a week's Monday may fall before `from`) or its
 * month ("2026-03").
 */
export function stepsOf(p: Period, { previous = true }: { previous?: boolean } = {}): Step[] {
  const periods = [{ current: true, from: p.from, to: p.to }, ...(previous ? [{ current: false, ...p.previous }] : [])]
  return periods.flatMap(({ current, from, to }) => {
    const end = addDays(to, 1)
    const steps: Step[] = []
    for (let start = stepStart(from, p.granularity); start < end; start = nextStep(start, p.granularity)) {
      const next = nextStep(start, p.granularity)
      steps.push({
        current,
        bucket: p.granularity === "month" ? start.slice(0, 7) : start,
        start: start < from ? from : start,
        end: next > end ? end : next,
        period_start: from,
      })
    }
    return steps
  })
}

/** The moment a day starts in the report's time zone. */
export const dayStart = (p: Period, day: string): Sql => sql`(${day}::timestamp AT TIME ZONE ${p.tz}::text)`

/**
 * One aggregate per step, its results one below the other: `each` writes the
 * SELECT of a step (its range and its period's start are constants). Each
 * branch reads one range of an index with the planner knowing its bounds,
 * Postgres' workers share the branches (Parallel Append), and nothing is
 * grouped by a computed key: the whole is as fast as the bare scan of the
 * same rows.
 */
export function eachStep(p: Period, steps: Step[], each: (step: Step) => Sql): Sql {
  return join(steps.map((step) => sql`(${each(step)})`), "\n    UNION ALL\n    ")
}

/** Whether an order (`o`) is a counted order of the report's currency within a step. */
export const orderIn = (p: Period, step: Step): Sql =>
  sql`o.currency_code = ${p.currency} AND o.placed_at >= ${dayStart(p, step.start)} AND o.placed_at < ${dayStart(p, step.end)}
    AND o.deleted_at IS NULL AND o.counted`

/** The counted orders of the report's currency within a step (`o`). */
export const ordersOf = (p: Period, step: Step): Sql => sql`facts_order o WHERE ${orderIn(p, step)}`

/** Her first order since a day: no counted order of hers (in the currency) before it. */
export const firstSince = (p: Period, day: string): Sql =>
  sql`o.customer_id IS NOT NULL AND (o.prev_order_at IS NULL OR o.prev_order_at < ${dayStart(p, day)})`

/** The columns every step of orders gives: its step, money, transactions and customers (at their first order in the step, in the period). */
export const stepColumns = (p: Period, step: Step): Sql =>
  sql`${step.current}::boolean AS current, ${step.bucket}::text AS bucket, coalesce(sum(o.net_spend), 0) AS revenue, count(*)::int AS transactions,
      count(*) FILTER (WHERE ${firstSince(p, step.start)})::int AS customers,
      count(*) FILTER (WHERE ${firstSince(p, step.period_start)})::int AS period_customers`

/**
 * Each customer's figures in a period without summing her orders: her first
 * order in it (none of hers before the period) and her last (none after it
 * before the period's end) bracket her orders there, so her spend is the
 * spend to date at the last less the spend to date before the first, and her
 * transactions the difference of their ranks. One read of the period's range
 * of the orders index keeps those two orders of each customer (a row may be
 * both), grouped by customer: at most two rows each, not every order hashed.
 * One read and no join leaves the planner nothing to get wrong (with two
 * reads joined, it read one side of a past period by a sequential scan of the
 * whole table), and no CTE keeps the periods on Postgres' workers. Rows:
 * (current, customer_id, spend, transactions, last_order_at); `each` may
 * aggregate a period's rows where they are made.
 */
export function spendPerCustomer(
  p: Period,
  {
    previous = true,
    current: only,
    each = (rows) => rows,
  }: { previous?: boolean; /** this period alone */ current?: boolean; each?: (rows: Sql, current: boolean) => Sql } = {}
): Sql {
  const periods = periodsOf(p).filter((period) => (only === undefined ? previous || period.current : period.current === only))
  return join(
    periods.map(({ current, from, to }) => {
      const step: Step = { current, bucket: "", start: from, end: addDays(to, 1), period_start: from }
      const [first, last] = [
        sql`(o.prev_order_at IS NULL OR o.prev_order_at < ${dayStart(p, from)})`,
        sql`(o.next_order_at IS NULL OR o.next_order_at >= ${dayStart(p, step.end)})`,
      ]
      const rows = sql`SELECT ${current}::boolean AS current, e.customer_id,
          max(e.spend_to_date) FILTER (WHERE e.is_last) - min(e.spend_to_date - e.net_spend) FILTER (WHERE e.is_first) AS spend,
          (max(e.seq) FILTER (WHERE e.is_last) - min(e.seq) FILTER (WHERE e.is_first) + 1)::int AS transactions,
          max(e.placed_at) AS last_order_at
        FROM (
          SELECT o.customer_id, o.placed_at, o.customer_seq AS seq, o.spend_to_date, o.net_spend, ${first} AS is_first, ${last} AS is_last
          FROM ${ordersOf(p, step)} AND o.customer_id IS NOT NULL AND (${first} OR ${last})
        ) e
        GROUP BY e.customer_id`
      return sql`(${each(sql`(${rows})`, current)})`
    }),
    " UNION ALL "
  )
}

/** Not a customer Medusa deleted (her facts are kept, out of every list). */
export const notRemoved = (customerId: Sql): Sql =>
  sql`NOT EXISTS (SELECT 1 FROM facts_customer d WHERE d.customer_id = ${customerId} AND d.deleted_at IS NOT NULL)`

/** The two periods as rows of a statement: the current one, then the previous one. */
export const periodsOf = (p: Period) => [
  { current: true, from: p.from, to: p.to },
  { current: false, from: p.previous.from, to: p.previous.to },
]

/** A whole period as one step (for what is not a series). */
export const wholeStep = ({ current, from, to }: { current: boolean; from: string; to: string }): Step => ({
  current,
  bucket: from,
  start: from,
  end: addDays(to, 1),
  period_start: from,
})

/** Rebooked: her next order (in the currency) came within `days` of this one. */
export const rebooked = (days: number): Sql => sql`o.next_order_at <= o.placed_at + ${days} * interval '1 day'`
