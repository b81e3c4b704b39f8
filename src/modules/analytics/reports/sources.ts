import type { SourceRow, SourcesReport } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { average, money, kpi, ratio } from "../numbers"
import { addDays, dayStart, type Period, spendPerCustomer } from "../period"
import { sql } from "../sql"

/** The name of the row of customers without a source (the same as the sources' statistics). */
export const UNATTRIBUTED = "Unattributed"

type Row = {
  source_id: string | null
  name: string
  acquired: number
  acquired_previous: number
  current: { customers: number; transactions: number; revenue: string; converted: number } | null
  previous: { revenue: string } | null
}

/**
 * A6, one statement over the CRM's profiles and sources and the customer
 * facts: each customer's source and the day she was acquired (her profile's
 * acquired_at, else when she was created); per source, those acquired in
 * each period, and the customers of each period with their spend and
 * transactions (spendPerCustomer: one row each, not one per order) joined to
 * her source: customers, transactions, revenue, and those acquired in the
 * period who bought in it (converted).
 */
export async function sourcesReport(db: Db, p: Period, { now }: { now: Date }): Promise<Omit<SourcesReport, "period">> {
  const [from, to, previousFrom] = [dayStart(p, p.from), dayStart(p, addDays(p.to, 1)), dayStart(p, p.previous.from)]
  const rows = await rowsOf<Row>(
    db,
    sql`WITH acq AS (
      SELECT f.customer_id, pr.source_id, coalesce(pr.acquired_at, f.registered_at) AS acquired_at
      FROM facts_customer f LEFT JOIN crm_profile pr ON pr.customer_id = f.customer_id AND pr.deleted_at IS NULL
      WHERE f.deleted_at IS NULL
    ),
    acquired AS (
      SELECT source_id, count(*) FILTER (WHERE acquired_at >= ${from} AND acquired_at < ${to})::int AS acquired,
        count(*) FILTER (WHERE acquired_at >= ${previousFrom} AND acquired_at < ${from})::int AS acquired_previous
      FROM acq GROUP BY source_id
    ),
    orders AS (
      ${spendPerCustomer(p, {
        // each period's customers joined to their source and counted there: two rows a source leave each worker
        each: (rows, current) => sql`SELECT ${current}::boolean AS current, pr.source_id, sum(s.transactions)::int AS transactions,
            sum(s.spend) AS revenue, count(*)::int AS customers,
            count(*) FILTER (WHERE ${current}::boolean AND coalesce(pr.acquired_at, f.registered_at) >= ${from}
              AND coalesce(pr.acquired_at, f.registered_at) < ${to})::int AS converted
          FROM (${rows}) s
          LEFT JOIN facts_customer f ON f.customer_id = s.customer_id AND f.deleted_at IS NULL
          LEFT JOIN crm_profile pr ON pr.customer_id = s.customer_id AND pr.deleted_at IS NULL
          GROUP BY pr.source_id`,
      })}
    ),
    report_rows AS (
      SELECT id AS source_id, name, 0 AS position FROM crm_source WHERE deleted_at IS NULL
      UNION ALL SELECT NULL, ${UNATTRIBUTED}, 1
    )
    SELECT r.source_id, r.name, coalesce(a.acquired, 0) AS acquired, coalesce(a.acquired_previous, 0) AS acquired_previous,
      (SELECT row_to_json(c) FROM orders c WHERE c.current AND c.source_id IS NOT DISTINCT FROM r.source_id) AS current,
      (SELECT row_to_json(c) FROM orders c WHERE NOT c.current AND c.source_id IS NOT DISTINCT FROM r.source_id) AS previous
    FROM report_rows r LEFT JOIN acquired a ON a.source_id IS NOT DISTINCT FROM r.source_id
    ORDER BY r.position, r.name`
  )
  return {
    sources: rows.map((r): SourceRow => {
      const transactions = r.current?.transactions ?? 0
      const revenue = money(r.current?.revenue ?? 0)
      const revenuePrevious = money(r.previous?.revenue ?? 0)
      return {
        source_id: r.source_id,
        name: r.name,
        acquired: r.acquired,
        acquired_previous: r.acquired_previous,
        converted: r.current?.converted ?? 0,
        conversion_rate: ratio(r.current?.converted ?? 0, r.acquired),
        customers: r.current?.customers ?? 0,
        transactions,
        revenue,
        revenue_previous: revenuePrevious,
        revenue_change: kpi(revenue, revenuePrevious).change,
        average_transaction_value: average(revenue, transactions),
      }
    }),
  }
}
