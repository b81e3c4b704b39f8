import { keepPreviousData, useQuery } from "@tanstack/react-query"

import {
  ANALYTICS_ROUTE,
  type AnalyticsCsvReport,
  type AnalyticsQueryOf,
  type AnalyticsReport,
  type AnalyticsResponse,
} from "../../../types/analytics"
import { analyticsQueryKeys } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

/**
 * One report for one period (A1–A7). The previous answer stays on screen while
 * the next period or page loads (the charts dim instead of blinking empty).
 */
export const useAnalyticsReport = <R extends AnalyticsReport>(report: R, query: AnalyticsQueryOf[R]) =>
  useQuery({
    queryKey: analyticsQueryKeys.list({ report, ...query }),
    queryFn: () => sdk.client.fetch<AnalyticsResponse[R]>(`${ANALYTICS_ROUTE}/${report}`, { query }),
    placeholderData: keepPreviousData,
    // the figures move only with new orders and ratings: a minute is fresh enough
    staleTime: 60_000,
  })

/**
 * Downloads a report's list as CSV with the same filters (A8). Through the
 * SDK, so it carries the admin's session or token whichever the dashboard
 * uses, and a refusal (400) comes back as a message instead of a saved page.
 */
export const downloadAnalyticsCsv = async <R extends AnalyticsCsvReport>(report: R, query: AnalyticsQueryOf[R]) => {
  const response = await sdk.client.fetch<Response>(`${ANALYTICS_ROUTE}/${report}`, {
    query: { ...query, format: "csv", limit: undefined, offset: undefined },
    headers: { accept: "text/csv" },
  })
  const blob = await response.blob()
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ??
    /filename="?([^";]+)"?/i.exec(disposition)?.[1] ??
    `analytics-${report}-${query.from ?? ""}-${query.to ?? ""}.csv`
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = decodeURIComponent(filename)
  document.body.appendChild(link)
  link.click()
  link.remove()
  // the download has its own copy once it started
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
