import { createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useState } from "react"

import { DEFAULT_REBOOK_DAYS, type StaffRow } from "../../../types/analytics"
import { RATING_MAX } from "../../../types/feedback"
import { useLocalTable } from "../../hooks/use-local-table"
import { personName } from "../../lib/format"
import { RatingValue } from "../feedback/rating-value"
import { CategorySections } from "./category-chart"
import { RATING_TICKS } from "./chart-theme"
import { ExportCsvButton } from "./export-csv-button"
import { ListTable } from "./list-table"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { RebookSelect } from "./window-select"
import { useTabReport } from "./use-tab-report"

const column = createDataTableColumnHelper<StaffRow>()

/** A7: who served most, how their customers rated them, and how many of their customers booked again. */
export const StaffTab = ({ query, onPeriod }: TabProps) => {
  const [rebookDays, setRebookDays] = useState<number>(DEFAULT_REBOOK_DAYS)
  const reportQuery = { ...query, rebook_days: rebookDays }
  const { report, data, f, t, section } = useTabReport("staff", reportQuery)
  const rows = data?.staff ?? []
  const name = (row: StaffRow) => personName(row) || row.user_id
  const local = useLocalTable(rows, { initialSort: { id: "orders", desc: true }, sortValue: { name } })
  const empty = !!data && rows.length === 0 && { title: t("staff.emptyTitle"), message: t("staff.empty") }

  const columns = [
    column.accessor("first_name", {
      id: "name",
      header: t("columns.staff"),
      enableSorting: true,
      cell: ({ row }) => <span data-testid="spa-crm-analytics-staff-name">{name(row.original)}</span>,
    }),
    column.accessor("orders", {
      header: t("columns.orders"),
      align: "right",
      enableSorting: true,
      cell: ({ row }) => (
        <div className="flex flex-col items-end">
          <span>{f.count(row.original.orders)}</span>
          <span className="text-ui-fg-muted txt-compact-xsmall">{t("columns.before", { value: f.count(row.original.orders_previous) })}</span>
        </div>
      ),
    }),
    column.accessor("services", { header: t("columns.services"), align: "right", enableSorting: true, cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("revenue", { header: t("columns.revenue"), align: "right", enableSorting: true, cell: ({ getValue }) => f.money(getValue()) }),
    column.accessor("ratings", { header: t("columns.ratings"), align: "right", enableSorting: true, cell: ({ getValue }) => f.count(getValue()) }),
    column.accessor("average_rating", {
      header: t("columns.averageRating"),
      enableSorting: true,
      cell: ({ row }) => (
        <div className="flex flex-col">
          <RatingValue value={row.original.average_rating} />
          <span className="text-ui-fg-muted txt-compact-xsmall">{t("columns.before", { value: f.decimal(row.original.average_rating_previous) })}</span>
        </div>
      ),
    }),
    column.accessor("average_staff_attitude", {
      header: t("columns.staffAttitude"),
      enableSorting: true,
      cell: ({ getValue }) => <RatingValue value={getValue()} />,
    }),
    column.accessor("rebook_rate", { header: t("columns.rebook"), align: "right", enableSorting: true, cell: ({ getValue }) => f.ratio(getValue()) }),
  ]
  const table = useDataTable({
    data: local.data,
    columns,
    getRowId: (row) => row.user_id,
    rowCount: local.rowCount,
    isLoading: !data,
    sorting: local.sorting,
    pagination: local.pagination,
  })

  const chartRows = rows.map((row) => ({ id: row.user_id, label: name(row), ...row }))
  return (
    <ReportPanel report="staff" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <CategorySections
        {...section}
        empty={empty}
        panels={[
          {
            id: "staff-popularity",
            title: t("staff.popularity.title"),
            subtitle: t("staff.popularity.subtitle"),
            rows: chartRows,
            series: [
              { key: "services", label: t("series.services"), color: "blue", format: f.count },
              { key: "orders", label: t("series.orders"), color: "green", format: f.count },
            ],
            formatValue: f.countAxis,
          },
          {
            id: "staff-rating",
            title: t("staff.rating.title"),
            subtitle: t("staff.rating.subtitle", { max: RATING_MAX }),
            rows: chartRows,
            series: [
              { key: "average_rating", label: t("series.thisPeriod"), color: "orange", format: f.decimal },
              { key: "average_rating_previous", label: t("series.previousPeriod"), color: "grey", format: f.decimal },
            ],
            formatValue: (v) => String(v),
            valueDomain: [0, RATING_MAX],
            valueTicks: RATING_TICKS,
          },
        ]}
      />

      <ReportSection
        title={t("staff.table.title")}
        subtitle={t("staff.table.subtitle")}
        loading={false}
        flush
        actions={
          <>
            <RebookSelect value={rebookDays} onChange={setRebookDays} testId="spa-crm-analytics-staff-rebook-days" />
            <ExportCsvButton report="staff" query={reportQuery} disabled={!data} />
          </>
        }
        data-testid="spa-crm-analytics-staff-table"
      >
        <ListTable table={table} paged={local.paged} empty={{ title: t("staff.emptyTitle"), message: t("staff.empty") }} />
      </ReportSection>
    </ReportPanel>
  )
}
