import { RATING_KEYS, type RatingKey, RETURN_WINDOWS, type SatisfactionReport } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { kpi, ratio } from "../numbers"
import { addDays, dayStart, eachStep, type Period, stepsOf } from "../period"
import { join, sql, trusted } from "../sql"
import { type SeriesRow, splitSteps, sumOf } from "./steps"

type Sums = { ratings: number } & Record<RatingKey, number>
type Row = { steps: (SeriesRow & Sums & { by_overall: number[] })[]; returns: ({ current: boolean } & Record<string, number>)[] }

/**
 * A4, one statement: the ratings given in each step (feedback by the day it
 * was given, over its created_at index; ratings are not money, so every
 * currency's), their sums per dimension and the count of each overall grade;
 * and per period, the first orders of the currency (rank 1, a small partial
 * index) old enough for each window, and those followed by another within it.
 */
export async function satisfactionReport(db: Db, p: Period, { now }: { now: Date }): Promise<Omit<SatisfactionReport, "period">> {
  const sums = join(RATING_KEYS.map((k) => trusted(`coalesce(sum(f.${k}), 0)::int AS ${k}`)))
  const grades = trusted(`ARRAY[${[1, 2, 3, 4, 5].map((g) => `count(*) FILTER (WHERE f.overall = ${g})::int`).join(", ")}]`)
  const windows = join(
    RETURN_WINDOWS.map((days) => {
      const old = sql`o.placed_at <= ${now}::timestamptz - ${days} * interval '1 day'`
      return sql`count(*) FILTER (WHERE ${old})::int AS customers_${trusted(String(days))},
        count(*) FILTER (WHERE ${old} AND o.next_order_at <= o.placed_at + ${days} * interval '1 day')::int AS returned_${trusted(String(days))}`
    })
  )
  const periods = [
    { current: true, from: p.from, to: p.to },
    { current: false, ...p.previous },
  ]
  const [row] = await rowsOf<Row>(
    db,
    sql`WITH steps AS (
      ${eachStep(p, stepsOf(p), (step) =>
        sql`SELECT ${step.current}::boolean AS current, ${step.bucket}::text AS bucket, count(*)::int AS ratings, ${sums}, ${grades} AS by_overall
        FROM feedback f WHERE f.created_at >= ${dayStart(p, step.start)} AND f.created_at < ${dayStart(p, step.end)} AND f.deleted_at IS NULL`
      )}
    ),
    returns AS (
      ${join(
        periods.map(
          ({ current, from, to }) => sql`(SELECT ${current}::boolean AS current, ${windows}
          FROM facts_order o WHERE o.currency_code = ${p.currency} AND o.placed_at >= ${dayStart(p, from)}
            AND o.placed_at < ${dayStart(p, addDays(to, 1))} AND o.deleted_at IS NULL AND o.counted AND o.customer_seq = 1)`
        ),
        " UNION ALL "
      )}
    )
    SELECT (SELECT json_agg(s) FROM steps s) AS steps, (SELECT json_agg(r) FROM returns r) AS returns`
  )
  const { current, previous } = splitSteps(row.steps)
  const averages = (steps: Sums[]) => {
    const count = sumOf(steps, (s) => s.ratings)
    return { count, ...Object.fromEntries(RATING_KEYS.map((k) => [k, ratio(sumOf(steps, (s) => s[k]), count, 2)])) } as {
      count: number
    } & Record<RatingKey, number | null>
  }
  const [a, b] = [averages(current), averages(previous)]
  const returns = (isCurrent: boolean) => row.returns.find((r) => r.current === isCurrent)!
  return {
    kpis: {
      ratings: kpi(a.count, b.count),
      ...(Object.fromEntries(RATING_KEYS.map((k) => [k, kpi(a[k], b[k])])) as Record<RatingKey, ReturnType<typeof kpi>>),
    },
    distribution: ([1, 2, 3, 4, 5] as const).map((rating) => ({ rating, count: sumOf(current, (s) => s.by_overall[rating - 1]) })),
    series: current.map((s) => ({
      bucket: s.bucket,
      ratings: s.ratings,
      ...(Object.fromEntries(RATING_KEYS.map((k) => [k, ratio(s[k], s.ratings, 2)])) as Record<RatingKey, number | null>),
    })),
    return_after_first_visit: RETURN_WINDOWS.map((window_days) => {
      const [now_, before] = [returns(true), returns(false)]
      return {
        window_days,
        customers: now_[`customers_${window_days}`],
        returned: now_[`returned_${window_days}`],
        rate: kpi(
          ratio(now_[`returned_${window_days}`], now_[`customers_${window_days}`]),
          ratio(before[`returned_${window_days}`], before[`customers_${window_days}`])
        ),
      }
    }),
  }
}
