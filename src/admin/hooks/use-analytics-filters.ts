import { useMemo } from "react"
import { useSearchParams } from "react-router-dom"

import {
  ANALYTICS_REPORTS,
  type AnalyticsQuery,
  type AnalyticsReport,
  GRANULARITIES,
  type Granularity,
  MAX_DAY_STEPS,
} from "../../types/analytics"
import { browserTimeZone, type Period, type PeriodPreset, periodDays, periodFromParams } from "../lib/analytics-period"

/**
 * The Analytics page's tab, period, currency and step, kept in the URL (a
 * reload or a shared link shows the same figures), and the query every report
 * takes from them. Without a currency the server picks the one with the most
 * orders and says which.
 */
export const useAnalyticsFilters = () => {
  const [params, setParams] = useSearchParams()
  const requestedTab = params.get("tab") as AnalyticsReport | null
  const tab: AnalyticsReport = requestedTab && ANALYTICS_REPORTS.includes(requestedTab) ? requestedTab : "overview"
  const { preset, period } = periodFromParams(params)
  const currency = params.get("currency") || undefined
  const requestedStep = params.get("granularity") as Granularity | null
  // day steps only up to a year (the server refuses more): a longer period goes back to the automatic step
  const dayStepsAllowed = periodDays(period) <= MAX_DAY_STEPS
  const granularity =
    requestedStep && GRANULARITIES.includes(requestedStep) && (requestedStep !== "day" || dayStepsAllowed) ? requestedStep : undefined

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )

  const query: AnalyticsQuery = useMemo(
    () => ({ from: period.from, to: period.to, tz: browserTimeZone(), currency, granularity }),
    [period.from, period.to, currency, granularity]
  )

  return {
    tab,
    setTab: (next: AnalyticsReport) => update({ tab: next }),
    preset,
    period,
    /** a preset drops custom dates; "custom" starts from the dates on screen */
    setPreset: (next: PeriodPreset) =>
      update(next === "custom" ? { period: next, from: period.from, to: period.to } : { period: next, from: undefined, to: undefined }),
    setCustomPeriod: (next: Period) => update({ period: "custom", from: next.from, to: next.to }),
    currency,
    setCurrency: (next: string) => update({ currency: next }),
    granularity,
    dayStepsAllowed,
    setGranularity: (next: Granularity | undefined) => update({ granularity: next }),
    query,
  }
}

export type AnalyticsFilters = ReturnType<typeof useAnalyticsFilters>
