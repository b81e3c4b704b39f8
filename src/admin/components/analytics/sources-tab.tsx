import { createDataTableColumnHelper, Text, useDataTable } from "@medusajs/ui"

import type { SourceRow } from "../../../types/analytics"
import { useLocalTable } from "../../hooks/use-local-table"
import { CategorySections } from "./category-chart"
import { ExportCsvButton } from "./export-csv-button"
import { ChangeBadge } from "./kpi-card"
import { ListTable } from "./list-table"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { useTabReport } from "./use-tab-report"

const column = createDataTableColumnHelper<SourceRow>()

/** A6: what each first source brings: customers acquired and converted, revenue and the average transaction. */
export const SourcesTab = ({ query, onPeriod }: TabProps) => {
  const { report, data, f, t, section } = useTabReport("sources", query)
  const rows = data?.sources ?? []
  const name = (row: SourceRow) => (row.source_id ? row.name : t("sources.unattributed"))
  const local = useLocalTable(rows, { initialSort: { id: "revenue", desc: true }, sortValue: { name } })
  const empty = !!data && rows.every((r) => !r.acquired && !r.customers)

  const columns = [
    column.accessor("name", {
      header: t("columns.source"),
      enableSorting: true,
      cell: ({ row }) => <span data-testid="spa-crm-analytics-source-name">{name(row.original)}</span>,
    }),
    column.accessor("acquired", {
      header: t("columns.acquired"),
      align: "right",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="flex flex-col items-end">
          <span>{f.count(row.original.acquired)}</span>
          <span className="text-ui-fg-muted txt-compact-xsmall">{t("columns.before", { value: f.count(row.original.acquired_previous) })}</span>
        </div>
      ),
    }),
    column.accessor("converted", { header: t("columns.converted"), align: "right", enableSorting: true, cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("conversion_rate", { header: t("columns.conversion"), align: "right", enableSorting: true, cell: ({ getValue }) => f.ratio(getValue()) }),
    column.accessor("customers", { header: t("columns.customers"), align: "right", enableSorting: true, cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("transactions", { header: t("columns.transactions"), align: "right", enableSorting: true, cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("revenue", {
      header: t("columns.revenue"),
      align: "right",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="flex flex-col items-end gap-y-0.5 py-1">
          <span>{f.money(row.original.revenue)}</span>
          <ChangeBadge change={row.original.revenue_change} />
        </div>
      ),
    }),
    column.accessor("average_transaction_value", {
      header: t("columns.averageTransaction"),
      align: "right",
      enableSorting: true,
      cell: ({ getValue }) => (getValue() === null ? "–" : f.money(getValue() as number)),
    }),
  ]
  const table = useDataTable({
    data: local.data,
    columns,
    getRowId: (row) => row.source_id ?? "none",
    rowCount: local.rowCount,
    isLoading: !data,
    sorting: local.sorting,
    pagination: local.pagination,
  })

  const chartRows = rows.map((row) => ({ id: row.source_id ?? "none", label: name(row), ...row }))
  return (
    <ReportPanel report="sources" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <CategorySections
        {...section}
        empty={empty && { title: t("sources.emptyTitle"), message: t("sources.empty") }}
        panels={[
          {
            id: "sources-acquired",
            title: t("sources.acquired.title"),
            subtitle: t("sources.acquired.subtitle"),
            rows: chartRows,
            series: [
              { key: "acquired", label: t("series.acquired"), color: "blue", format: f.count },
              { key: "converted", label: t("series.converted"), color: "green", format: f.count },
            ],
            formatValue: f.countAxis,
          },
          {
            id: "sources-revenue",
            title: t("sources.revenue.title"),
            subtitle: t("sources.revenue.subtitle"),
            rows: chartRows,
            series: [
              { key: "revenue", label: t("series.thisPeriod"), color: "blue", format: f.money },
              { key: "revenue_previous", label: t("series.previousPeriod"), color: "grey", format: f.money },
            ],
            formatValue: f.moneyAxis,
          },
        ]}
      />

      <ReportSection
        title={t("sources.table.title")}
        subtitle={t("sources.table.subtitle")}
        loading={false}
        flush
        actions={<ExportCsvButton report="sources" query={query} disabled={!data} />}
        data-testid="spa-crm-analytics-sources-table"
      >
        <ListTable table={table} paged={local.paged} empty={{ title: t("sources.emptyTitle"), message: t("sources.empty") }} />
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
          {t("sources.table.note")}
        </Text>
      </ReportSection>
    </ReportPanel>
  )
}
