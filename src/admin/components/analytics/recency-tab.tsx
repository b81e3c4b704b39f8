import { Badge, createDataTableColumnHelper, DataTable, type DataTableSortingState, Text, useDataTable } from "@medusajs/ui"
import { useEffect, useState } from "react"

import {
  RECENCY_BUCKETS,
  RECENCY_SORTS,
  type RecencyBucket,
  type RecencyCustomer,
  type RecencyQuery,
  type RecencyReport,
  type RecencySort,
} from "../../../types/analytics"
import { usePagedSearch } from "../../hooks/use-paged-search"
import { formatChange, type ReportFormat } from "../../lib/analytics-format"
import { useCrmTranslation } from "../../lib/format"
import { CategoryChart } from "./category-chart"
import { CustomerLink } from "./customer-link"
import { ExportCsvButton } from "./export-csv-button"
import { KpiCard } from "./kpi-card"
import { ListTable } from "./list-table"
import { MakeSetButton } from "./make-set-button"
import { ReportPanel, type TabProps } from "./report-panel"
import { ReportSection } from "./report-section"
import { useTabReport } from "./use-tab-report"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<RecencyCustomer>()
const DEFAULT_SORT: DataTableSortingState = { id: "days_since", desc: false }

/** "0–30 days", "180+ days" in the admin's language. */
const useBucketLabel = () => {
  const { t } = useCrmTranslation("spa-crm-analytics")
  return (bucket: RecencyBucket) => t(`recency.buckets.${bucket}`)
}

/**
 * A5: how long each customer has gone without a visit, in buckets (now and at
 * the end of the previous period), and the customers themselves with their
 * revenue and visits, filtered, sorted, exported, or made into a customer set.
 */
export const RecencyTab = ({ query, onPeriod }: TabProps) => {
  const [bucket, setBucket] = useState<RecencyBucket | undefined>(undefined)
  const [sorting, setSorting] = useState<DataTableSortingState>(DEFAULT_SORT)
  const paged = usePagedSearch(PAGE_SIZE)
  const { q, limit, offset } = paged.query
  const listQuery: RecencyQuery = {
    ...query,
    bucket,
    q,
    sort: RECENCY_SORTS.includes(sorting.id as RecencySort) ? (sorting.id as RecencySort) : "days_since",
    order: sorting.desc ? "desc" : "asc",
  }
  const { report, data, f, t, section } = useTabReport("recency", { ...listQuery, limit, offset })
  const bucketLabel = useBucketLabel()
  const { pagination } = paged
  // as_of is an exclusive instant (the start of the day after the period): its last day is the one before
  const lastDayBefore = (instant: string) => f.day(new Date(Date.parse(instant) - 1).toISOString())

  // another period, currency, bucket or order starts the list from its first page
  useEffect(() => {
    pagination.onPaginationChange({ pageIndex: 0, pageSize: PAGE_SIZE })
  }, [query.from, query.to, query.currency, bucket, sorting.id, sorting.desc])

  const columns = [
    column.accessor("customer_id", {
      header: t("columns.customer"),
      cell: ({ row }) => (
        <div className="flex flex-col">
          <CustomerLink customer={row.original} data-testid="spa-crm-analytics-recency-link" />
          <span className="text-ui-fg-subtle">{row.original.email ?? row.original.phone ?? ""}</span>
        </div>
      ),
    }),
    column.accessor("transactions", {
      header: t("columns.transactions"),
      align: "right",
      enableSorting: true,
      sortAscLabel: t("sort.fewest"),
      sortDescLabel: t("sort.most"),
      cell: ({ getValue }) => f.count(getValue()),
    }),
    column.accessor("revenue", {
      header: t("columns.revenue"),
      align: "right",
      enableSorting: true,
      sortAscLabel: t("sort.lowest"),
      sortDescLabel: t("sort.highest"),
      cell: ({ getValue }) => f.money(getValue()),
    }),
    column.accessor("last_order_at", {
      header: t("columns.lastOrder"),
      enableSorting: true,
      sortAscLabel: t("sort.oldest"),
      sortDescLabel: t("sort.newest"),
      cell: ({ getValue }) => f.day(getValue()),
    }),
    column.accessor("days_since", {
      header: t("columns.daysSince"),
      align: "right",
      enableSorting: true,
      sortAscLabel: t("sort.fewest"),
      sortDescLabel: t("sort.most"),
      cell: ({ getValue }) => <span data-testid="spa-crm-analytics-recency-days">{f.count(getValue())}</span>,
    }),
    column.accessor("bucket", {
      header: t("columns.bucket"),
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={getValue() === "0-30" ? "green" : getValue() === "180+" ? "red" : getValue() === "91-180" ? "orange" : "grey"}>
          {bucketLabel(getValue())}
        </Badge>
      ),
    }),
  ]

  const table = useDataTable({
    data: data?.customers ?? [],
    columns,
    getRowId: (row) => row.customer_id,
    rowCount: data?.count ?? 0,
    isLoading: !data,
    pagination,
    search: paged.search,
    sorting: { state: sorting, onSortingChange: setSorting },
  })

  return (
    <ReportPanel report="recency" queries={[report]} period={data?.period} onPeriod={onPeriod}>
      <BucketCards data={data} selected={bucket} onSelect={setBucket} f={f} />

      <ReportSection
        title={t("recency.chart.title")}
        subtitle={data ? t("recency.chart.subtitle", { asOf: lastDayBefore(data.as_of), previousAsOf: lastDayBefore(data.previous_as_of) }) : ""}
        {...section}
        empty={!!data && !data.total.current && !data.total.previous && { title: t("recency.emptyTitle"), message: t("recency.empty") }}
        data-testid="spa-crm-analytics-recency-chart"
      >
        {data && (
          <CategoryChart
            layout="columns"
            rows={data.buckets.map((b) => ({
              id: b.bucket,
              label: bucketLabel(b.bucket),
              current: b.customers.current ?? 0,
              previous: b.customers.previous ?? 0,
            }))}
            series={[
              { key: "current", label: t("series.customersNow"), color: "blue", format: f.count },
              { key: "previous", label: t("series.customersBefore"), color: "grey", format: f.count },
            ]}
            formatValue={f.countAxis}
            selectedId={bucket}
            onSelect={(row) => setBucket(bucket === row.id ? undefined : (row.id as RecencyBucket))}
            data-testid="spa-crm-analytics-chart-recency"
          />
        )}
      </ReportSection>

      <ReportSection
        title={bucket ? t("recency.list.bucketTitle", { bucket: bucketLabel(bucket) }) : t("recency.list.title")}
        subtitle={t("recency.list.subtitle")}
        loading={false}
        flush
        actions={
          <>
            {bucket && data && <MakeSetButton bucket={bucket} count={data.count} />}
            <ExportCsvButton report="recency" query={listQuery} disabled={!data} />
          </>
        }
        data-testid="spa-crm-analytics-recency-list"
      >
        <ListTable
          table={table}
          paged
          empty={{ title: t("recency.list.emptyTitle"), message: t("recency.list.empty"), filtered: t("recency.list.emptyFiltered") }}
          toolbar={
            <DataTable.Toolbar className="flex items-center justify-between gap-x-2 px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-analytics-recency-count" data-count={data?.count ?? ""}>
                {data ? t("recency.list.count", { count: data.count, formatted: f.count(data.count) }) : ""}
              </Text>
              <div className="flex items-center gap-x-2">
                <DataTable.Search placeholder={t("recency.list.search")} />
                <DataTable.SortingMenu tooltip={t("sort.tooltip")} />
              </div>
            </DataTable.Toolbar>
          }
        />
      </ReportSection>
    </ReportPanel>
  )
}

/** The buckets as cards: customers now (against the end of the previous period) and their revenue; a click filters the list. */
const BucketCards = ({
  data,
  selected,
  onSelect,
  f,
}: {
  data: RecencyReport | undefined
  selected: RecencyBucket | undefined
  onSelect: (bucket: RecencyBucket | undefined) => void
  f: ReportFormat
}) => {
  const { t } = f
  const bucketLabel = useBucketLabel()
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" data-testid="spa-crm-analytics-buckets">
      <KpiCard
        label={t("recency.total")}
        kpi={data?.total}
        format={f.count}
        hint={data ? t("recency.withoutOrders", { count: data.without_orders, formatted: f.count(data.without_orders) }) : undefined}
        data-testid="spa-crm-analytics-kpi-recency-total"
      />
      {RECENCY_BUCKETS.map((bucket) => {
        const row = data?.buckets.find((b) => b.bucket === bucket)
        const active = selected === bucket
        return (
          <button
            key={bucket}
            type="button"
            onClick={() => onSelect(active ? undefined : bucket)}
            aria-pressed={active}
            className={`shadow-elevation-card-rest bg-ui-bg-base hover:bg-ui-bg-base-hover flex flex-col gap-y-1 rounded-lg px-4 py-3 text-left transition-colors ${
              active ? "ring-ui-border-interactive ring-2" : ""
            }`}
            data-testid="spa-crm-analytics-bucket"
            data-bucket={bucket}
            data-count={row?.customers.current ?? ""}
          >
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {bucketLabel(bucket)}
            </Text>
            <Text size="xlarge" weight="plus" className="tabular-nums">
              {row ? f.count(row.customers.current ?? 0) : "…"}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">
              {row
                ? t("recency.bucketLine", { revenue: f.money(row.revenue), change: formatChange(row.customers.change, f.locale) })
                : ""}
            </Text>
          </button>
        )
      })}
    </div>
  )
}
