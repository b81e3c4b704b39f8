import type { OverviewReport, TopItem } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { average, kpi, money } from "../numbers"
import { dayStart, eachStep, type Period, type Step, stepColumns, stepsOf, ordersOf } from "../period"
import { sql, type Sql } from "../sql"
import { type SeriesRow, type StepTotals, splitSteps, stepTotals } from "./steps"

type Row = { steps: (SeriesRow & StepTotals)[]; items: (TopItem & { rank: number })[] }

/**
 * The lines of the report's currency in a step (`i`), and what each sold: its
 * quantity less what came back, and its total, which Medusa already counts on
 * the current quantity (after returns, discounts and taxes).
 */
export const itemsOf = (p: Period, step: Step): Sql =>
  sql`facts_order_item i WHERE i.currency_code = ${p.currency} AND i.placed_at >= ${dayStart(p, step.start)} AND i.placed_at < ${dayStart(p, step.end)}
    AND i.deleted_at IS NULL AND i.counted`
export const ITEM_SOLD = sql`sum(i.quantity - i.returned_quantity)`
export const ITEM_REVENUE = sql`coalesce(sum(i.total), 0)`

/**
 * A1, one statement: each step of the period and of the previous one
 * aggregated over the orders index (revenue, transactions; customers counted
 * at their first order in the step and in the period, so no customer is
 * hashed), and the current period's lines by product over the items index,
 * step by step, then summed. Lines without a product (custom amounts) are in
 * the revenue but in no top list.
 */
export async function overviewReport(db: Db, p: Period, { limit }: { limit: number }): Promise<Omit<OverviewReport, "period">> {
  const [row] = await rowsOf<Row>(
    db,
    sql`WITH steps AS (
      ${eachStep(p, stepsOf(p), (step) => sql`SELECT ${stepColumns(p, step)} FROM ${ordersOf(p, step)}`)}
    ),
    lines AS (
      ${eachStep(p, stepsOf(p, { previous: false }), (step) =>
        sql`SELECT i.kind, i.product_id, min(i.collection_id) AS collection_id, ${ITEM_SOLD} AS quantity, ${ITEM_REVENUE} AS revenue, count(*) AS orders
        FROM ${itemsOf(p, step)} AND i.product_id IS NOT NULL GROUP BY 1, 2`
      )}
    ),
    items AS (
      SELECT kind, product_id, min(collection_id) AS collection_id, sum(quantity)::int AS quantity,
        round(sum(revenue), 2) AS revenue, sum(orders)::int AS orders
      FROM lines GROUP BY kind, product_id HAVING sum(quantity) > 0
    ),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY kind ORDER BY revenue DESC, quantity DESC, product_id) AS rank FROM items
    ),
    top AS (
      -- the title its lines were sold under (the index holds no titles: it stays small enough to stay in memory)
      SELECT r.*, (SELECT t.title FROM facts_order_item t WHERE t.product_id = r.product_id AND t.currency_code = ${p.currency}
          AND t.deleted_at IS NULL AND t.counted ORDER BY t.placed_at DESC LIMIT 1) AS title
      FROM ranked r WHERE r.rank <= ${limit}
    )
    SELECT (SELECT json_agg(s) FROM steps s) AS steps,
      (SELECT coalesce(json_agg(t ORDER BY t.kind, t.rank), '[]') FROM top t) AS items`
  )
  const { current, previous } = splitSteps(row.steps)
  const [now, before] = [stepTotals(current), stepTotals(previous)]
  const top = (kind: TopItem["kind"]) =>
    row.items.filter((i) => i.kind === kind).map(({ rank: _rank, ...item }): TopItem => ({ ...item, revenue: money(item.revenue) }))
  return {
    kpis: {
      revenue: kpi(now.revenue, before.revenue),
      customers: kpi(now.customers, before.customers),
      transactions: kpi(now.transactions, before.transactions),
      average_transaction_value: kpi(average(now.revenue, now.transactions), average(before.revenue, before.transactions)),
    },
    series: current.map((s) => ({ bucket: s.bucket, revenue: money(s.revenue), transactions: s.transactions, customers: s.customers })),
    top_services: top("service"),
    top_products: top("product"),
  }
}
