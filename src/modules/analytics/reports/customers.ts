import type { CustomersReport } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { average, kpi, ratio } from "../numbers"
import { eachStep, firstSince, ordersOf, type Period, stepColumns, stepsOf } from "../period"
import { sql } from "../sql"
import { type SeriesRow, type StepTotals, splitSteps, stepTotals, sumOf } from "./steps"

type Split = { new_customers: number; returning_customers: number; loyal_customers: number }
type Row = SeriesRow & StepTotals & Split & { period_returning: number; period_loyal: number; rebooked: number }

/**
 * A2, one statement over the orders index, step by step: at her first order
 * in a window (the step, the period) a customer is new when it is her first
 * order ever (rank 1), loyal when `loyal_orders` or more came before it,
 * returning otherwise; a transaction is rebooked when her next order came
 * within `rebook_days`.
 */
export async function customersReport(
  db: Db,
  p: Period,
  { rebook_days, loyal_orders }: { rebook_days: number; loyal_orders: number }
): Promise<Omit<CustomersReport, "period" | "rebook_days" | "loyal_orders">> {
  const rows = await rowsOf<Row>(
    db,
    eachStep(p, stepsOf(p), (step) => {
      const before = (day: string) => sql`${firstSince(p, day)} AND o.customer_seq > 1 AND o.customer_seq - 1`
      return sql`SELECT ${stepColumns(p, step)},
        count(*) FILTER (WHERE o.customer_id IS NOT NULL AND o.customer_seq = 1)::int AS new_customers,
        count(*) FILTER (WHERE ${before(step.start)} < ${loyal_orders})::int AS returning_customers,
        count(*) FILTER (WHERE ${before(step.start)} >= ${loyal_orders})::int AS loyal_customers,
        count(*) FILTER (WHERE ${before(step.period_start)} < ${loyal_orders})::int AS period_returning,
        count(*) FILTER (WHERE ${before(step.period_start)} >= ${loyal_orders})::int AS period_loyal,
        count(*) FILTER (WHERE o.next_order_at <= o.placed_at + ${rebook_days} * interval '1 day')::int AS rebooked
      FROM ${ordersOf(p, step)}`
    })
  )
  const { current, previous } = splitSteps(rows)
  const figures = (steps: Row[]) => {
    const totals = stepTotals(steps)
    return {
      ...totals,
      new_customers: sumOf(steps, (s) => s.new_customers),
      returning_customers: sumOf(steps, (s) => s.period_returning),
      loyal_customers: sumOf(steps, (s) => s.period_loyal),
      frequency: ratio(totals.transactions, totals.customers, 2),
      atv: average(totals.revenue, totals.transactions),
      rebook_rate: ratio(sumOf(steps, (s) => s.rebooked), totals.transactions),
    }
  }
  const [now, before] = [figures(current), figures(previous)]
  return {
    kpis: {
      customers: kpi(now.customers, before.customers),
      new_customers: kpi(now.new_customers, before.new_customers),
      returning_customers: kpi(now.returning_customers, before.returning_customers),
      loyal_customers: kpi(now.loyal_customers, before.loyal_customers),
      transactions: kpi(now.transactions, before.transactions),
      purchase_frequency: kpi(now.frequency, before.frequency),
      average_transaction_value: kpi(now.atv, before.atv),
      rebook_rate: kpi(now.rebook_rate, before.rebook_rate),
    },
    series: current.map((s) => ({
      bucket: s.bucket,
      customers: s.customers,
      new_customers: s.new_customers,
      returning_customers: s.returning_customers,
      loyal_customers: s.loyal_customers,
      transactions: s.transactions,
    })),
  }
}
