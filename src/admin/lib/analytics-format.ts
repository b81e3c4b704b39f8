// Numbers, money and dates on the Analytics page's cards, axes and tooltips, in the admin's locale.
import type { Granularity } from "../../types/analytics"
import { formatMoney, formatNumber, useCrmTranslation } from "./format"

/** Money on an axis: short ("₫12.5M", "12,5 Tr ₫", "₫1250万"); amounts are in major units. */
export const formatMoneyCompact = (amount: number, currencyCode: string, locale: string) => {
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

/** A count on an axis: "1.2K", "1,2 N", "1.2万". */
export const formatNumberCompact = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value)

/** A change given as a ratio (0.125 is +12.5 %), signed; "–" when there was nothing to compare with. */
export const formatChange = (change: number | null | undefined, locale: string) =>
  change === null || change === undefined || !Number.isFinite(change)
    ? "–"
    : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(change)

/** A share given as a ratio (0.42 is 42 %). */
export const formatRatio = (ratio: number | null | undefined, locale: string) =>
  ratio === null || ratio === undefined || !Number.isFinite(ratio)
    ? "–"
    : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(ratio)

const asUtcDate = (bucket: string) => new Date(`${bucket.length === 7 ? `${bucket}-01` : bucket.slice(0, 10)}T00:00:00Z`)

/**
 * A series' bucket ("2026-03" a month, "2026-03-02" a day or the Monday of a
 * week) as a short label: "Mar 2026" / "thg 3 2026" / "2026年3月", "Mar 2" / "2 thg 3" / "3月2日".
 */
export const formatBucket = (bucket: string, granularity: Granularity, locale: string) => {
  const date = asUtcDate(bucket)
  if (Number.isNaN(date.getTime())) return bucket
  const options: Intl.DateTimeFormatOptions =
    granularity === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" }
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date)
}

/** The bucket in a tooltip: the month in full, a week as "week of …", a day with its weekday. */
export const formatBucketLong = (bucket: string, granularity: Granularity, locale: string, weekOf: (day: string) => string) => {
  const date = asUtcDate(bucket)
  if (Number.isNaN(date.getTime())) return bucket
  if (granularity === "month") return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date)
  const day = new Intl.DateTimeFormat(locale, { dateStyle: granularity === "day" ? "full" : "medium", timeZone: "UTC" }).format(date)
  return granularity === "week" ? weekOf(day) : day
}

/** The formatters a report's cards, axes and tables share, for its currency and the admin's locale. */
export const useReportFormat = (currency: string | undefined) => {
  const { t, locale } = useCrmTranslation("spa-crm-analytics")
  // before the first answer names the currency, nothing money-shaped is on screen
  const code = currency ?? "usd"
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 })
  // a figure the answer lacks (null: nothing to average) reads as a dash, never "NaN"
  const orDash = (format: (value: number) => string) => (value: number | null | undefined) =>
    value === null || value === undefined || !Number.isFinite(value) ? "–" : format(value)
  return {
    t,
    locale,
    money: orDash((value) => formatMoney(value, code, locale)),
    moneyAxis: (value: number) => formatMoneyCompact(value, code, locale),
    count: orDash((value) => formatNumber(value, locale)),
    countAxis: (value: number) => formatNumberCompact(value, locale),
    ratio: (value: number | null | undefined) => formatRatio(value, locale),
    /** averages (ratings 4.75, orders per customer 1.43) */
    decimal: orDash((value) => decimal.format(value)),
    /** a moment (an order's placed_at) as its day in the admin's time zone */
    day: (value: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value)),
  }
}
export type ReportFormat = ReturnType<typeof useReportFormat>
