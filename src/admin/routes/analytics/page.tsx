import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Tabs } from "@medusajs/ui"
import { type ComponentType, useState } from "react"

import { ANALYTICS_REPORTS, type AnalyticsPeriod, type AnalyticsReport } from "../../../types/analytics"
import { CustomersTab } from "../../components/analytics/customers-tab"
import { OverviewTab } from "../../components/analytics/overview-tab"
import { PeriodControls } from "../../components/analytics/period-controls"
import { RecencyTab } from "../../components/analytics/recency-tab"
import type { TabProps } from "../../components/analytics/report-panel"
import { SatisfactionTab } from "../../components/analytics/satisfaction-tab"
import { SourcesTab } from "../../components/analytics/sources-tab"
import { SpendingTab } from "../../components/analytics/spending-tab"
import { StaffTab } from "../../components/analytics/staff-tab"
import { SectionHeader } from "../../components/section-header"
import { useAnalyticsFilters } from "../../hooks/use-analytics-filters"
import { useCrmTranslation } from "../../lib/format"

const TABS: Record<AnalyticsReport, ComponentType<TabProps>> = {
  overview: OverviewTab,
  customers: CustomersTab,
  spending: SpendingTab,
  satisfaction: SatisfactionTab,
  recency: RecencyTab,
  sources: SourcesTab,
  staff: StaffTab,
}

/**
 * Analytics (A1–A8, U2): one report a tab, all for the period, currency and
 * step chosen above them (kept in the URL), each figure beside the previous
 * period's. Only the open tab asks the server for its report.
 */
const AnalyticsPage = () => {
  const { t } = useCrmTranslation("spa-crm-analytics")
  const filters = useAnalyticsFilters()
  // how the server read the period (its currency, the currencies with orders, the step): the open tab says
  const [answered, setAnswered] = useState<AnalyticsPeriod>()
  const Tab = TABS[filters.tab]

  return (
    <Tabs value={filters.tab} onValueChange={(next) => filters.setTab(next as AnalyticsReport)}>
      <div className="flex flex-col gap-y-3" data-testid="spa-crm-analytics">
        <Container className="divide-y p-0">
          <SectionHeader level="h1" title={t("page.title")} subtitle={t("page.subtitle")} />
          <div className="overflow-x-auto px-6 py-3">
            <Tabs.List>
              {ANALYTICS_REPORTS.map((report) => (
                <Tabs.Trigger key={report} value={report} data-testid={`spa-crm-analytics-tab-${report}`}>
                  {t(`tabs.${report}`)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </div>
          <PeriodControls filters={filters} answered={answered} />
        </Container>
        <Tabs.Content value={filters.tab}>
          <Tab key={filters.tab} query={filters.query} onPeriod={setAnswered} />
        </Tabs.Content>
      </div>
    </Tabs>
  )
}

export const config = defineRouteConfig({
  label: "page.menuLabel",
  translationNs: "spa-crm-analytics",
  icon: ChartBar,
})

export default AnalyticsPage
