import type { Kpi } from "../../types/analytics"

/** A decimal from the database (numeric comes as text) as a number; null stays null. */
export const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals
  return Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f
}

/** Money as the reports give it: to the cent (VND has none, so stays whole). */
export const money = (value: unknown) => round(num(value) ?? 0, 2)
/** a ÷ b to 4 decimals; null when b is 0 (nothing to divide). */
export const ratio = (a: number | null, b: number | null, decimals = 4) => (a === null || !b ? null : round(a / b, decimals))
/** An average of money: a ÷ b to the cent, null when b is 0. */
export const average = (a: number | null, b: number | null) => ratio(a, b, 2)

/** A figure beside the previous period's: change = (current − previous) ÷ previous, null when previous is 0 or unknown. */
export function kpi(current: number | null, previous: number | null): Kpi {
  return {
    current,
    previous,
    change: current === null || previous === null || previous === 0 ? null : round((current - previous) / Math.abs(previous), 4),
  }
}
