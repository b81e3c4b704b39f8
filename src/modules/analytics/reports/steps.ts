import { money } from "../numbers"

/** A step of a period as the statements answer it. */
export type SeriesRow = { current: boolean; bucket: string }
/** What every step counts: money, transactions, and customers at their first order in the step and in the period. */
export type StepTotals = { revenue: number; transactions: number; customers: number; period_customers: number }

/** The current period's steps (the series) and both periods' steps apart. */
export function splitSteps<T extends SeriesRow>(steps: T[]) {
  const current = steps.filter((s) => s.current).sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0))
  return { current, previous: steps.filter((s) => !s.current) }
}

/**
 * A period's figures from its steps: sums, and customers from their first
 * order in the period (each counted once, in the step of her first order).
 */
export function stepTotals(steps: StepTotals[]) {
  let revenue = 0
  let transactions = 0
  let customers = 0
  for (const s of steps) {
    revenue += Number(s.revenue)
    transactions += s.transactions
    customers += s.period_customers
  }
  return { revenue: money(revenue), transactions, customers }
}

/** Sums of one column over steps. */
export const sumOf = <T>(steps: T[], pick: (s: T) => number) => steps.reduce((sum, s) => sum + Number(pick(s)), 0)
