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
