import type { CustomerLoyalty, PerCurrency, PointsEntryKind } from "./types"

export const formatPoints = (points: number, locale: string) => new Intl.NumberFormat(locale).format(points)

/** "+50" / "−20" (a true minus sign), "0" for none. */
export const formatSignedPoints = (points: number, locale: string) =>
  new Intl.NumberFormat(locale, { signDisplay: "exceptZero" }).format(points).replace(/^-/, "−")

export const ENTRY_KIND_COLORS: Record<PointsEntryKind, "green" | "blue" | "purple" | "orange" | "red"> = {
  earn: "green",
  redeem: "blue",
  adjust: "purple",
  expire: "orange",
  reverse: "red",
}

const TIER_COLORS = ["grey", "orange", "blue", "purple", "green"] as const

/** A tier's badge colour by its rank (Standard grey, Gold orange, …). */
export const tierColor = (rank: number | undefined) => TIER_COLORS[Math.max(0, rank ?? 0) % TIER_COLORS.length]

/** The currency's symbol ("₫", "$") and number of decimals (VND 0, USD 2) in the user's locale. */
export const currencyFormat = (currency: string, locale: string) => {
  try {
    const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() })
    return {
      symbol: format.formatToParts(0).find((part) => part.type === "currency")?.value ?? currency.toUpperCase(),
      decimals: format.resolvedOptions().maximumFractionDigits ?? 2,
    }
  } catch {
    return { symbol: currency.toUpperCase(), decimals: 2 }
  }
}

export type TierProgress = {
  currency: string
  spent: number
  target: number
  /** Still to spend in this currency (0 once reached). */
  needed: number
  /** 0–100 */
  percent: number
}

/**
 * How far the member is towards the next tier, per currency: the next tier is
 * reached when the spend in ANY one currency reaches its minimum, so each row
 * is an alternative. Shows the currencies she spent in, else the store's default.
 */
export const tierProgress = (loyalty: CustomerLoyalty, defaultCurrency?: string): TierProgress[] => {
  const next = loyalty.next_tier
  if (!next) return []
  const minSpend: PerCurrency = next.min_spend ?? {}
  const spend: PerCurrency = loyalty.spend ?? {}
  const spentIn = Object.keys(minSpend).filter((currency) => (spend[currency] ?? 0) > 0)
  const currencies = spentIn.length
    ? spentIn
    : defaultCurrency && defaultCurrency in minSpend
      ? [defaultCurrency]
      : Object.keys(minSpend).slice(0, 1)
  return currencies.map((currency) => {
    const target = Number(minSpend[currency] ?? 0)
    const spent = Number(spend[currency] ?? 0)
    const needed = loyalty.spend_needed?.[currency] ?? Math.max(0, target - spent)
    return {
      currency,
      spent,
      target,
      needed,
      percent: target > 0 ? Math.min(100, Math.max(0, (spent / target) * 100)) : 100,
    }
  })
}

/** A per-currency map's entries, the store's currencies first in the store's order (its default first), then the rest. */
export const byCurrencyOrder = (amounts: PerCurrency | null | undefined, currencies: string[]) => {
  const rank = (currency: string) => {
    const index = currencies.indexOf(currency)
    return index === -1 ? currencies.length : index
  }
  return Object.entries(amounts ?? {}).sort(
    ([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)
  ) as [string, number][]
}
