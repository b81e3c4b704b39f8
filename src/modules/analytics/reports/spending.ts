import { DEFAULT_HIGH_SPENDER_MULTIPLE, type SpendingReport, type VipCustomer } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { average, kpi, money, num, ratio } from "../numbers"
import { eachStep, notRemoved, ordersOf, type Period, spendPerCustomer, stepColumns, stepsOf } from "../period"
import { sql, trusted } from "../sql"
import { ITEM_REVENUE, ITEM_SOLD, itemsOf } from "./overview"
import { type SeriesRow, type StepTotals, splitSteps, stepTotals } from "./steps"

export type VipRow = Pick<VipCustomer, "customer_id" | "transactions" | "spend" | "last_order_at">
type Row = {
  steps: (SeriesRow & StepTotals)[]
  threshold: string | null
  high: { current: boolean; customers: number; high: number }[] | null
  vip: VipRow[] | null
  collections: { collection_id: string | null; bucket: string; revenue: number; quantity: number }[] | null
}

/** The VIP list's order: most spent first, then most recent, then by id (stable pages). */
export const VIP_ORDER = trusted("spend DESC, last_order_at DESC, customer_id")

/**
 * A3, one statement: the steps (revenue, customers: the series and the
 * averages, and the default threshold), each customer's spend in both
 * periods (spendPerCustomer; the previous period's only counted), the share
 * at or above the threshold in each, the VIP page, and revenue per collection
 * per step.
 */
export async function spendingReport(
  db: Db,
  p: Period,
  { high_spender, limit, offset, now }: { high_spender?: number; limit: number; offset: number; now: Date }
): Promise<Omit<SpendingReport, "period" | "vip" | "by_collection"> & { vip: VipRow[]; by_collection: CollectionFigures[] }> {
  const [row] = await rowsOf<Row>(
    db,
    sql`WITH steps AS (
      ${eachStep(p, stepsOf(p), (step) => sql`SELECT ${stepColumns(p, step)} FROM ${ordersOf(p, step)}`)}
    ),
    threshold AS (
      SELECT coalesce(${high_spender ?? null}::numeric,
        round(${DEFAULT_HIGH_SPENDER_MULTIPLE} * sum(revenue) / nullif(sum(period_customers), 0))) AS t
      FROM steps WHERE current
    ),
    spend AS (${spendPerCustomer(p, { previous: false })}),
    high AS (
      SELECT true AS current, count(*)::int AS customers, count(*) FILTER (WHERE s.spend >= (SELECT t FROM threshold))::int AS high FROM spend s
      UNION ALL
      ${spendPerCustomer(p, {
        current: false,
        // the previous period's customers are only counted: where they are made
        each: (rows) => sql`SELECT false, count(*)::int, count(*) FILTER (WHERE s.spend >= (SELECT t FROM threshold))::int FROM (${rows}) s`,
      })}
    ),
    vip AS (
      SELECT customer_id, spend, transactions, last_order_at FROM spend s
      WHERE ${notRemoved(trusted("s.customer_id"))}
      ORDER BY ${VIP_ORDER} LIMIT ${limit} OFFSET ${offset}
    ),
    collections AS (
      ${eachStep(p, stepsOf(p, { previous: false }), (step) =>
        sql`SELECT i.collection_id, ${step.bucket}::text AS bucket, ${ITEM_REVENUE} AS revenue, ${ITEM_SOLD}::int AS quantity
        FROM ${itemsOf(p, step)} GROUP BY i.collection_id`
      )}
    )
    SELECT (SELECT json_agg(s) FROM steps s) AS steps, (SELECT t FROM threshold) AS threshold,
      (SELECT json_agg(h) FROM high h) AS high,
      (SELECT json_agg(v ORDER BY ${VIP_ORDER}) FROM vip v) AS vip,
      (SELECT json_agg(c) FROM collections c) AS collections`
  )
  const { current, previous } = splitSteps(row.steps)
  const [totals, before] = [stepTotals(current), stepTotals(previous)]
  const high = (isCurrent: boolean) => row.high?.find((h) => h.current === isCurrent) ?? { customers: 0, high: 0 }
  const [highNow, highBefore] = [high(true), high(false)]
  return {
    high_spender: money(row.threshold ?? high_spender ?? 0),
    kpis: {
      revenue: kpi(totals.revenue, before.revenue),
      customers: kpi(totals.customers, before.customers),
      average_spend: kpi(average(totals.revenue, totals.customers), average(before.revenue, before.customers)),
      high_spender_share: kpi(ratio(highNow.high, highNow.customers), ratio(highBefore.high, highBefore.customers)),
      high_spenders: kpi(highNow.high, highBefore.high),
    },
    series: current.map((s) => ({
      bucket: s.bucket,
      revenue: money(s.revenue),
      customers: s.customers,
      average_spend: average(num(s.revenue), s.customers),
    })),
    by_collection: byCollection(row.collections ?? [], current.map((s) => s.bucket)),
    vip: (row.vip ?? []).map((v) => ({ ...v, spend: money(v.spend), last_order_at: new Date(v.last_order_at).toISOString() })),
    vip_count: totals.customers,
    limit,
    offset,
  }
}

/** Revenue per collection (the route adds its title). */
export type CollectionFigures = Omit<SpendingReport["by_collection"][number], "title">

/** Revenue per collection, most first, each with its zero-filled series. */
function byCollection(rows: NonNullable<Row["collections"]>, buckets: string[]): CollectionFigures[] {
  const collections = new Map<string | null, { revenue: number; quantity: number; steps: Map<string, number> }>()
  for (const r of rows) {
    const c = collections.get(r.collection_id) ?? { revenue: 0, quantity: 0, steps: new Map<string, number>() }
    c.revenue += Number(r.revenue)
    c.quantity += r.quantity
    c.steps.set(r.bucket, Number(r.revenue))
    collections.set(r.collection_id, c)
  }
  return [...collections]
    .map(([collection_id, c]) => ({
      collection_id,
      revenue: money(c.revenue),
      quantity: c.quantity,
      series: buckets.map((bucket) => ({ bucket, revenue: money(c.steps.get(bucket) ?? 0) })),
    }))
    .filter((c) => c.quantity > 0 || c.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || String(a.collection_id).localeCompare(String(b.collection_id)))
}
