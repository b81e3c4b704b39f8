import { Container } from "@medusajs/ui"
import { type ReactNode, useEffect } from "react"

import type { AnalyticsPeriod, AnalyticsQuery } from "../../../types/analytics"
import { LoadState } from "../load-state"

/** What every tab takes: the page's period, currency and step, and where to say how the server read them. */
export type TabProps = { query: AnalyticsQuery; onPeriod: (period: AnalyticsPeriod) => void }

/** What the panel needs to know of each of its queries (TanStack's result has them all). */
type QueryState = { data?: unknown; isFetching: boolean; isError: boolean; error: { message?: string } | null }

type ReportPanelProps = {
  report: string
  queries: QueryState[]
  /** the period as the main report answered it, handed up to the controls */
  period: AnalyticsPeriod | undefined
  onPeriod: (period: AnalyticsPeriod) => void
  children: ReactNode
}

/**
 * A tab's body. `data-settled` is true once every query of the tab has its
 * answer for the filters on screen (none loading, none refetching), computed
 * in the same render as the filters, so a test that waits for it after a
 * change never reads the figures of the period before; `data-from`/`data-to`
 * name the period the figures are for.
 */
export const ReportPanel = ({ report, queries, period, onPeriod, children }: ReportPanelProps) => {
  useEffect(() => {
    if (period) onPeriod(period)
  }, [period, onPeriod])
  const settled = queries.every((q) => !q.isFetching && (q.data !== undefined || q.isError))
  const failed = queries.find((q) => q.isError)

  return (
    <div
      className="flex flex-col gap-y-3"
      data-testid="spa-crm-analytics-panel"
      data-report={report}
      data-settled={settled}
      data-from={period?.from}
      data-to={period?.to}
      data-currency={period?.currency}
      aria-busy={!settled}
    >
      {failed ? (
        <Container className="p-0">
          <LoadState error={failed.error} />
        </Container>
      ) : (
        children
      )}
    </div>
  )
}
