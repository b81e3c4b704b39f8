import {
  RECENCY_BUCKET_DAYS,
  RECENCY_BUCKETS,
  type RecencyBucket,
  type RecencyCustomer,
  type RecencyReport,
  type RecencySort,
  type SortOrder,
} from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { kpi, money } from "../numbers"
import { addDays, dayIn, dayStart, notRemoved, type Period } from "../period"
import { join, type Sql, sql, trusted } from "../sql"

export type RecencyRow = Omit<RecencyCustomer, "first_name" | "last_name" | "email" | "phone">
export type RecencyFilters = {
  bucket?: RecencyBucket
  /** only these customers (the route's name / email / phone search); none matched: an empty list */
  customer_ids?: string[]
  sort?: RecencySort
  order?: SortOrder
}

/** The moment days are counted to (the end of `to`, or now if earlier), and its day. */
export function asOf(p: Period, now: Date): { day: string; at: Sql } {
  const today = dayIn(p.tz, now)
  if (p.to < today) return { day: p.to, at: dayStart(p, addDays(p.to, 1)) }
  return { day: today, at: sql`${now.toISOString()}::timestamptz` }
}

/** The bucket of a number of days (`days`, a column of the standing rows). */
const BUCKET_OF = trusted(
  `CASE ${RECENCY_BUCKETS.map((b) => {
    const max = RECENCY_BUCKET_DAYS[b][1]
    return max === null ? `ELSE '${b}'` : `WHEN days_since <= ${max} THEN '${b}'`
  }).join(" ")} END`
)

/**
 * Each customer's standing at a moment, in one read of an index: the order of
 * hers that moment falls after (placed before it, her next one none or not
 * before it) gives her last order, her
 * transactions (its rank) and revenue (her spend to date): no order of hers
 * is summed. Rows: customer_id, last_order_at, transactions, revenue,
 * days_since, bucket.
 */
function standing(p: Period, at: Sql, day: string): Sql {
  // her last order ever, or one whose next came at or after the moment: two ranges of one index (an OR would read neither)
  const side = (next: Sql) => sql`SELECT o.customer_id, o.placed_at AS last_order_at, o.customer_seq AS transactions, o.spend_to_date AS revenue,
      (${day}::date - (o.placed_at AT TIME ZONE ${p.tz}::text)::date) AS days_since
    FROM facts_order o
    WHERE o.currency_code = ${p.currency} AND ${next} AND o.placed_at < ${at}
      AND o.deleted_at IS NULL AND o.counted AND o.customer_id IS NOT NULL AND ${notRemoved(trusted("o.customer_id"))}`
  return sql`SELECT *, ${BUCKET_OF} AS bucket FROM (
    ${side(trusted("o.next_order_at IS NULL"))} UNION ALL ${side(sql`o.next_order_at >= ${at}`)}
  ) standing`
}

const SORTS: Record<RecencySort, { column: string; order: SortOrder }> = {
  days_since: { column: "days_since", order: "asc" },
  revenue: { column: "revenue", order: "desc" },
  transactions: { column: "transactions", order: "desc" },
  last_order_at: { column: "last_order_at", order: "desc" },
}

/** The list's order: the column asked for, ties by revenue (most first), then by id, so pages never overlap. */
export function recencyOrder({ sort = "days_since", order }: RecencyFilters): Sql {
  const { column, order: natural } = SORTS[sort]
  const direction = (order ?? natural) === "asc" ? "ASC" : "DESC"
  return trusted(`${column} ${direction}, revenue DESC, customer_id`)
}

/** The filters of the list: a bucket, some customers. */
function listWhere(filters: RecencyFilters): Sql {
  const parts: Sql[] = [trusted("true")]
  if (filters.bucket) parts.push(sql`bucket = ${filters.bucket}`)
  if (filters.customer_ids) parts.push(sql`customer_id = ANY(${filters.customer_ids}::text[])`)
  return join(parts, " AND ")
}

/** The customers in the list (all of them, in order): what the CSV streams through a cursor. */
export function recencyListStatement(p: Period, now: Date, filters: RecencyFilters): Sql {
  const at = asOf(p, now)
  return sql`SELECT customer_id, last_order_at, transactions, revenue, days_since, bucket
    FROM (${standing(p, at.at, at.day)}) s WHERE ${listWhere(filters)} ORDER BY ${recencyOrder(filters)}`
}

/** A list row as the answer gives it. */
export const recencyRow = (r: RecencyRow): RecencyRow => ({
  customer_id: r.customer_id,
  transactions: r.transactions,
  revenue: money(r.revenue),
  last_order_at: new Date(r.last_order_at).toISOString(),
  days_since: r.days_since,
  bucket: r.bucket,
})

type Row = {
  as_of: string
  previous_as_of: string
  counts: { current: boolean; bucket: RecencyBucket; customers: number; revenue: string }[] | null
  list: RecencyRow[] | null
  count: number
  without_orders: number
}

/**
 * A5, one statement: everyone's standing as of the report's moment and as of
 * the start of the period (the previous moment), counted per bucket; the
 * list's page and count; and the customers without any counted order then.
 */
export async function recencyReport(
  db: Db,
  p: Period,
  { now, limit, offset, ...filters }: RecencyFilters & { now: Date; limit: number; offset: number }
): Promise<Omit<RecencyReport, "period" | "customers"> & { customers: RecencyRow[] }> {
  const at = asOf(p, now)
  const previousAt = dayStart(p, p.from)
  const [row] = await rowsOf<Row>(
    db,
    sql`WITH now_ AS MATERIALIZED (${standing(p, at.at, at.day)}),
    counts AS (
      SELECT true AS current, bucket, count(*)::int AS customers, sum(revenue) AS revenue FROM now_ GROUP BY bucket
      UNION ALL
      SELECT false, bucket, count(*)::int, NULL FROM (${standing(p, previousAt, addDays(p.from, -1))}) s GROUP BY bucket
    ),
    listed AS (SELECT * FROM now_ WHERE ${listWhere(filters)})
    SELECT ${at.at} AS as_of, ${previousAt} AS previous_as_of, (SELECT json_agg(c) FROM counts c) AS counts,
      (SELECT json_agg(l ORDER BY ${recencyOrder(filters)}) FROM (SELECT * FROM listed ORDER BY ${recencyOrder(filters)} LIMIT ${limit} OFFSET ${offset}) l) AS list,
      (SELECT count(*)::int FROM listed) AS count,
      (SELECT count(*)::int FROM facts_customer f WHERE f.deleted_at IS NULL AND (f.registered_at IS NULL OR f.registered_at < ${at.at})
        AND (f.first_order_at IS NULL OR f.first_order_at >= ${at.at})) AS without_orders`
  )
  const count = (current: boolean, bucket: RecencyBucket) => row.counts?.find((c) => c.current === current && c.bucket === bucket)
  const buckets = RECENCY_BUCKETS.map((bucket) => {
    const [min_days, max_days] = RECENCY_BUCKET_DAYS[bucket]
    return {
      bucket,
      min_days,
      max_days,
      customers: kpi(count(true, bucket)?.customers ?? 0, count(false, bucket)?.customers ?? 0),
      revenue: money(count(true, bucket)?.revenue ?? 0),
    }
  })
  const total = (current: boolean) => (row.counts ?? []).filter((c) => c.current === current).reduce((sum, c) => sum + c.customers, 0)
  return {
    as_of: new Date(row.as_of).toISOString(),
    previous_as_of: new Date(row.previous_as_of).toISOString(),
    buckets,
    total: kpi(total(true), total(false)),
    without_orders: row.without_orders,
    customers: (row.list ?? []).map(recencyRow),
    count: row.count,
    limit,
    offset,
  }
}
