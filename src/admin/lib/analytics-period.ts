import { toCalendarDate } from "./format"

/** The periods the Analytics page offers; "custom" takes its dates from the pickers. */
export const PERIOD_PRESETS = ["this_month", "last_30_days", "last_3_months", "last_12_months", "this_year", "custom"] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]
export const DEFAULT_PRESET: PeriodPreset = "last_30_days"

/** A period of whole days, both ends included ("YYYY-MM-DD", the admin's own calendar). */
export type Period = { from: string; to: string }

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)

/** The same day `months` earlier, clamped to the month's end (31 May − 3 months = 28 or 29 Feb). */
const monthsBefore = (date: Date, months: number) => {
  const first = new Date(date.getFullYear(), date.getMonth() - months, 1)
  const lastDay = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate()
  return new Date(first.getFullYear(), first.getMonth(), Math.min(date.getDate(), lastDay))
}

/**
 * A preset's days up to today. "Last N months" are N months back to the day
 * after, so a period and the one before it (which the reports compare with)
 * do not share a day.
 */
export const presetPeriod = (preset: Exclude<PeriodPreset, "custom">, today = new Date()): Period => {
  const to = toCalendarDate(today)
  switch (preset) {
    case "this_month":
      return { from: toCalendarDate(new Date(today.getFullYear(), today.getMonth(), 1)), to }
    case "last_30_days":
      return { from: toCalendarDate(addDays(today, -29)), to }
    case "last_3_months":
      return { from: toCalendarDate(addDays(monthsBefore(today, 3), 1)), to }
    case "last_12_months":
      return { from: toCalendarDate(addDays(monthsBefore(today, 12), 1)), to }
    case "this_year":
      return { from: `${today.getFullYear()}-01-01`, to }
  }
}

/** Days in a period, both ends counted. */
export const periodDays = ({ from, to }: Period) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The period the page's URL asks for: a preset, or custom dates when both are real and in order. */
export const periodFromParams = (params: URLSearchParams, today = new Date()): { preset: PeriodPreset; period: Period } => {
  const requested = params.get("period") as PeriodPreset | null
  const preset = requested && PERIOD_PRESETS.includes(requested) ? requested : DEFAULT_PRESET
  if (preset !== "custom") return { preset, period: presetPeriod(preset, today) }
  const from = params.get("from") ?? ""
  const to = params.get("to") ?? ""
  if (CALENDAR_DATE.test(from) && CALENDAR_DATE.test(to) && from <= to) return { preset, period: { from, to } }
  return { preset: DEFAULT_PRESET, period: presetPeriod(DEFAULT_PRESET, today) }
}

/** The browser's IANA time zone, so "today" and a period's days are the admin's own. */
export const browserTimeZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
  } catch {
    return "UTC"
  }
}
