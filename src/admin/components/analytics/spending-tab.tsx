import { createDataTableColumnHelper, CurrencyInput, Text, useDataTable } from "@medusajs/ui"
import { useEffect, useState } from "react"

import type { SpendingReport, VipCustomer } from "../../../types/analytics"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { usePagedSearch } from "../../hooks/use-paged-search"
import type { ReportFormat } from "../../lib/analytics-format"
import { currencyFormat } from "../../lib/loyalty"
import type { ChartColor } from "./chart-theme"
import { CategoryChart } from "./category-chart"
import { CustomerLink } from "./customer-link"
import { ExportCsvButton } from "./export-csv-button"
import { KpiGrid } from "./kpi-card"
import { ListTable } from "./list-table"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { TrendChart, type TrendRow } from "./trend-chart"
import { useTabReport } from "./use-tab-report"

const VIP_PAGE = 10
/** Collections drawn apart in the trend; the rest are summed as "Other". */
const TREND_COLLECTIONS = 4
const COLLECTION_COLORS: ChartColor[] = ["blue", "green", "orange", "purple", "grey"]
const column = createDataTableColumnHelper<VipCustomer>()

/** A3: spend per customer, high spenders and the VIP list, the trend by step and by collection. */
export const SpendingTab = ({ query, onPeriod }: TabProps) => {
  // the threshold the admin typed; none: the server's default (the top 20 % of the period)
  const [threshold, setThreshold] = useState("")
  const typed = useDebouncedValue(threshold, 500)
  const highSpender = typed === "" || Number.isNaN(Number(typed)) ? undefined : Number(typed)
  const paged = usePagedSearch(VIP_PAGE)
  const { limit, offset } = paged.query
  const reportQuery = { ...query, high_spender: highSpender }
  const { report, data, f, t, section, noOrders } = useTabReport("spending", { ...reportQuery, limit, offset })
  const kpis = data?.kpis
  const { pagination } = paged
  const currency = data?.period.currency ?? ""
  const money = currencyFormat(currency || "usd", f.locale)

  // a new period or currency starts the VIP list from its first page
  useEffect(() => {
    pagination.onPaginationChange({ pageIndex: 0, pageSize: VIP_PAGE })
  }, [query.from, query.to, query.currency, highSpender])

  const columns = [
    column.accessor("customer_id", {
      header: t("columns.customer"),
      cell: ({ row }) => <CustomerLink customer={row.original} data-testid="spa-crm-analytics-vip-link" />,
    }),
    column.accessor("email", {
      header: t("columns.contact"),
      cell: ({ row }) => <span className="text-ui-fg-subtle">{row.original.email ?? row.original.phone ?? "–"}</span>,
    }),
    column.accessor("transactions", { header: t("columns.transactions"), align: "right", cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("spend", { header: t("columns.spend"), align: "right", cell: ({ getValue }) => f.money(getValue()) }),
    column.accessor("last_order_at", { header: t("columns.lastOrder"), cell: ({ getValue }) => f.day(getValue()) }),
  ]
  const table = useDataTable({
    data: data?.vip ?? [],
    columns,
    getRowId: (row) => row.customer_id,
    rowCount: data?.vip_count ?? 0,
    isLoading: !data,
    pagination,
  })

  return (
    <ReportPanel report="spending" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <KpiGrid
        items={[
          { id: "revenue", label: t("spending.kpis.revenue"), kpi: kpis?.revenue, format: f.money },
          { id: "average-spend", label: t("spending.kpis.averageSpend"), kpi: kpis?.average_spend, format: f.money, hint: t("spending.kpis.averageSpendHint") },
          {
            id: "high-spenders",
            label: t("spending.kpis.highSpenders"),
            kpi: kpis?.high_spenders,
            format: f.count,
            hint: data && t("spending.kpis.highSpendersHint", { amount: f.money(data.high_spender) }),
          },
          {
            id: "high-spender-share",
            label: t("spending.kpis.highSpenderShare"),
            kpi: kpis?.high_spender_share,
            format: f.ratio,
            hint: data && t("spending.kpis.highSpenderShareHint", { count: data.kpis.customers.current ?? 0 }),
          },
        ]}
      />

      <ReportSection
        title={t("spending.trend.title")}
        subtitle={t("spending.trend.subtitle")}
        {...section}
        empty={noOrders(!!data && !data.kpis.customers.current)}
        data-testid="spa-crm-analytics-spending-trend"
      >
        {data && (
          <TrendChart
            rows={data.series}
            granularity={data.period.granularity}
            formatLeft={f.moneyAxis}
            series={[
              { key: "revenue", label: t("series.revenue"), color: "blue", kind: "bar", format: f.money },
              { key: "average_spend", label: t("series.averageSpend"), color: "orange", kind: "line", axis: "right", format: f.money },
            ]}
            formatRight={f.moneyAxis}
            data-testid="spa-crm-analytics-chart-spending"
          />
        )}
      </ReportSection>

      <CollectionsSection data={data} stale={report.isPlaceholderData} f={f} />

      <ReportSection
        title={t("spending.vip.title")}
        subtitle={t("spending.vip.subtitle")}
        loading={false}
        flush
        actions={
          <>
            <div className="flex items-center gap-x-2">
              <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                {t("spending.vip.threshold")}
              </Text>
              <div className="w-40" data-testid="spa-crm-analytics-high-spender">
                <CurrencyInput
                  size="small"
                  symbol={money.symbol}
                  code={currency}
                  decimalsLimit={money.decimals}
                  allowNegativeValue={false}
                  aria-label={t("spending.vip.threshold")}
                  placeholder={data ? String(data.high_spender) : ""}
                  value={threshold}
                  onValueChange={(value) => setThreshold(value ?? "")}
                />
              </div>
            </div>
            <ExportCsvButton report="spending" query={reportQuery} disabled={!data} />
          </>
        }
        data-testid="spa-crm-analytics-vip"
      >
        <ListTable table={table} paged empty={{ title: t("spending.vip.emptyTitle"), message: t("spending.vip.empty") }} />
      </ReportSection>
    </ReportPanel>
  )
}

/** Revenue per collection: the period's totals as bars, and the biggest collections step by step. */
const CollectionsSection = ({ data, stale, f }: { data: SpendingReport | undefined; stale: boolean; f: ReportFormat }) => {
  const { t } = f
  const collections = data?.by_collection ?? []
  const title = (c: (typeof collections)[number]) => c.title ?? c.collection_id ?? t("spending.collections.none")

  const ranked = [...collections].sort((a, b) => b.revenue - a.revenue)
  const drawn = ranked.slice(0, TREND_COLLECTIONS)
  const others = ranked.slice(TREND_COLLECTIONS)
  const key = (index: number) => `c${index}`
  const rows: TrendRow[] = (data?.series ?? []).map(({ bucket }) => {
    const at = (c: (typeof collections)[number]) => c.series.find((p) => p.bucket === bucket)?.revenue ?? 0
    const row: TrendRow = { bucket }
    drawn.forEach((c, index) => (row[key(index)] = at(c)))
    if (others.length) row.other = others.reduce((sum, c) => sum + at(c), 0)
    return row
  })

  return (
    <ReportSection
      title={t("spending.collections.title")}
      subtitle={t("spending.collections.subtitle")}
      loading={!data}
      stale={stale}
      empty={!!data && !collections.some((c) => c.revenue > 0) && { title: t("empty.noOrdersTitle"), message: t("spending.collections.empty") }}
      data-testid="spa-crm-analytics-collections"
    >
      {data && (
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-[2fr_3fr]">
          <CategoryChart
            rows={ranked.map((c) => ({ id: c.collection_id ?? "none", label: title(c), revenue: c.revenue }))}
            series={[{ key: "revenue", label: t("series.revenue"), color: "blue", format: f.money }]}
            formatValue={f.moneyAxis}
            data-testid="spa-crm-analytics-chart-collections"
          />
          <TrendChart
            rows={rows}
            granularity={data.period.granularity}
            formatLeft={f.moneyAxis}
            series={[
              ...drawn.map((c, index) => ({
                key: key(index),
                label: title(c),
                color: COLLECTION_COLORS[index],
                kind: "bar" as const,
                stack: "collections",
                format: f.money,
              })),
              ...(others.length
                ? [{ key: "other", label: t("spending.collections.other"), color: "grey" as const, kind: "bar" as const, stack: "collections", format: f.money }]
                : []),
            ]}
            data-testid="spa-crm-analytics-chart-collections-trend"
          />
        </div>
      )}
    </ReportSection>
  )
}
