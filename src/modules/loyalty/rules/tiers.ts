import { MathBN } from "@medusajs/framework/utils"
import { addMonths } from "./dates"

/** What choosing a tier needs to know of one. */
export type TierThreshold = {
  id: string
  rank: number
  /** minimum spend per currency over the tier window, major units: { vnd: 5000000, usd: 200 } */
  min_spend: Record<string, number>
}

/** spend per currency over the tier window, major units */
export type Spend = Record<string, number>

/** A member reaches a tier when her spend in ANY of its currencies reaches its minimum. */
export function reachesTier(tier: TierThreshold, spend: Spend) {
  return Object.entries(tier.min_spend ?? {}).some(([currency, min]) => Number(spend[currency] ?? 0) >= Number(min))
}

/** The highest-rank tier the spend reaches, or null when it reaches none. */
export function chooseTier<T extends TierThreshold>(tiers: T[], spend: Spend): T | null {
  let best: T | null = null
  for (const tier of tiers) {
    if ((!best || tier.rank > best.rank) && reachesTier(tier, spend)) best = tier
  }
  return best
}

/**
 * Whether a member moves from `current` to `target`: upgrades always do,
 * downgrades (to a lower rank or to no tier) only when allowed.
 */
export function shouldChangeTier(
  current: { id: string; rank: number } | null,
  target: { id: string; rank: number } | null,
  allowDowngrade: boolean
) {
  if ((current?.id ?? null) === (target?.id ?? null)) return false
  if (!current) return true
  if (!target || target.rank < current.rank) return allowDowngrade
  return true
}

/** Start of the tier window: null for lifetime, else `months` before `now`. */
export function tierWindowStart(settings: { tier_window: string; tier_window_months: number }, now: Date) {
  return settings.tier_window === "rolling" ? addMonths(now, -settings.tier_window_months) : null
}

export type TierLike = { id: string; handle: string; name: string; rank: number; min_spend: Record<string, number> | null }

/**
 * The tier to show as the next goal: the lowest above `current` that her spend
 * does not reach yet (one she already reaches is hers at the next evaluation),
 * or null at the top.
 */
export function nextTier<T extends TierLike>(tiers: T[], current: T | null, spend: Spend): T | null {
  return (
    [...tiers]
      .sort((a, b) => a.rank - b.rank)
      .find((t) => t.rank > (current?.rank ?? -1) && !reachesTier({ ...t, min_spend: t.min_spend ?? {} }, spend)) ?? null
  )
}

/**
 * Per currency, what is still to spend to reach `tier`, never below 0. Reaching
 * the minimum in any one currency is enough, so each entry is an alternative.
 */
export function spendNeeded(tier: TierLike | null, spend: Spend): Spend {
  if (!tier) return {}
  return Object.fromEntries(
    Object.entries(tier.min_spend ?? {}).map(([currency, min]) => [
      currency,
      MathBN.max(0, MathBN.sub(min, spend[currency] ?? 0)).toNumber(),
    ])
  )
}

/**
 * How far the member is toward the next tier, 0–100 (one decimal): reaching
 * its minimum in any one currency is enough, so the currency closest to it
 * counts. 100 at the top tier.
 */
export function tierProgress(next: { min_spend: Record<string, number> } | null, spend: Spend) {
  if (!next) return 100
  let best = 0
  for (const [currency, min] of Object.entries(next.min_spend ?? {})) {
    const share = Number(min) > 0 ? MathBN.div(spend[currency] ?? 0, min).toNumber() : 1
    best = Math.max(best, Math.min(1, share))
  }
  return Math.floor(best * 1000) / 10
}
