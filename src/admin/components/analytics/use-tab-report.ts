import type { AnalyticsQueryOf, AnalyticsReport } from "../../../types/analytics"
import { useAnalyticsReport } from "../../hooks/api/analytics"
import { useReportFormat } from "../../lib/analytics-format"

/**
 * A tab's report and what its sections share: the answer, the formatters of
 * its currency, the sections' loading state, and the empty state of a period
 * without orders.
 */
export const useTabReport = <R extends AnalyticsReport>(name: R, query: AnalyticsQueryOf[R]) => {
  const report = useAnalyticsReport(name, query)
  const f = useReportFormat(report.data?.period.currency)
  return {
    report,
    data: report.data,
    f,
    t: f.t,
    /** spread on each section: a skeleton before the first answer, the last answer dimmed while the next loads */
    section: { loading: report.data === undefined, stale: report.isPlaceholderData },
    /** the section's empty state when `empty` holds: nothing sold in the period */
    noOrders: (empty: boolean) => empty && { title: f.t("empty.noOrdersTitle"), message: f.t("empty.noOrders") },
  }
}
