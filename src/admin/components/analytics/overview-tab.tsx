import { Badge, Table, Text } from "@medusajs/ui"

import type { TopItem } from "../../../types/analytics"
import type { ReportFormat } from "../../lib/analytics-format"
import { ExportCsvButton } from "./export-csv-button"
import { KpiGrid } from "./kpi-card"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { TrendChart } from "./trend-chart"
import { useTabReport } from "./use-tab-report"

/** A1: revenue, customers, transactions and the average transaction, their trend, and what sold best. */
export const OverviewTab = ({ query, onPeriod }: TabProps) => {
  const { report, data, f, t, section, noOrders } = useTabReport("overview", query)
  const kpis = data?.kpis

  return (
    <ReportPanel report="overview" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <KpiGrid
        items={[
          { id: "revenue", label: t("overview.kpis.revenue"), kpi: kpis?.revenue, format: f.money },
          { id: "customers", label: t("overview.kpis.customers"), kpi: kpis?.customers, format: f.count },
          { id: "transactions", label: t("overview.kpis.transactions"), kpi: kpis?.transactions, format: f.count },
          { id: "atv", label: t("overview.kpis.averageTransaction"), kpi: kpis?.average_transaction_value, format: f.money },
        ]}
      />

      <ReportSection
        title={t("overview.trend.title")}
        subtitle={t("overview.trend.subtitle")}
        {...section}
        empty={noOrders(!!data && !data.kpis.transactions.current)}
        data-testid="spa-crm-analytics-overview-trend"
      >
        {data && (
          <TrendChart
            rows={data.series}
            granularity={data.period.granularity}
            formatLeft={f.moneyAxis}
            formatRight={f.countAxis}
            series={[
              { key: "revenue", label: t("series.revenue"), color: "blue", kind: "bar", format: f.money },
              { key: "transactions", label: t("series.transactions"), color: "orange", kind: "line", axis: "right", format: f.count },
            ]}
            data-testid="spa-crm-analytics-chart-revenue"
          />
        )}
      </ReportSection>

      <ReportSection
        title={t("overview.top.title")}
        subtitle={t("overview.top.subtitle")}
        {...section}
        flush
        actions={<ExportCsvButton report="overview" query={query} disabled={!data} />}
        data-testid="spa-crm-analytics-top"
      >
        {data && (
          <div className="grid grid-cols-1 divide-y xl:grid-cols-2 xl:divide-x xl:divide-y-0">
            <TopItems title={t("overview.top.services")} items={data.top_services} f={f} testId="spa-crm-analytics-top-services" />
            <TopItems title={t("overview.top.products")} items={data.top_products} f={f} testId="spa-crm-analytics-top-products" />
          </div>
        )}
      </ReportSection>
    </ReportPanel>
  )
}

/** Best sellers by revenue, each with a bar on the scale of the first. */
const TopItems = ({ title, items, f, testId }: { title: string; items: TopItem[]; f: ReportFormat; testId: string }) => {
  const { t } = f
  const max = Math.max(1, ...items.map((item) => item.revenue))
  return (
    <div className="flex flex-col" data-testid={testId}>
      <div className="flex items-center gap-x-2 px-6 pt-4 pb-2">
        <Text size="small" weight="plus">
          {title}
        </Text>
        <Badge size="2xsmall">{f.count(items.length)}</Badge>
      </div>
      {items.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          {t("overview.top.none")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("columns.item")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("columns.quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("columns.orders")}</Table.HeaderCell>
              <Table.HeaderCell className="w-[40%]">{t("columns.revenue")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.product_id ?? item.title} data-testid={`${testId}-row`}>
                <Table.Cell className="max-w-[200px] truncate" title={item.title}>
                  {item.title}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{f.count(item.quantity)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{f.count(item.orders)}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <div className="bg-ui-bg-component h-2 flex-1 overflow-hidden rounded-full">
                      <div className="bg-ui-tag-blue-icon h-full rounded-full" style={{ width: `${(item.revenue / max) * 100}%` }} />
                    </div>
                    <span className="txt-compact-xsmall text-ui-fg-subtle w-24 text-right tabular-nums">{f.money(item.revenue)}</span>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}
