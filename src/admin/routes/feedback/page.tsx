import { defineRouteConfig } from "@medusajs/admin-sdk"
import { StarSolid } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Input,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"

import { type AdminFeedback, FEEDBACK_DIMENSIONS, FEEDBACK_RATINGS, LOW_RATING, RATING_MAX } from "../../../types/feedback"
import { BarChart } from "../../components/bar-chart"
import { RatingsLine } from "../../components/feedback/ratings-line"
import { type FeedbackQuery, useFeedbackList, useStaffUsers } from "../../hooks/api/feedback"
import { useOrderNumbers } from "../../hooks/api/medusa-core"
import { usePaginationTranslations } from "../../hooks/use-pagination-translations"
import { formatDateTime, formatNumber, personName, useCrmTranslation } from "../../lib/format"

const PAGE_SIZE = 20
const ALL = "all"
const column = createDataTableColumnHelper<AdminFeedback>()

type Filters = { rating: string; dimension: string; staff: string; from: string; to: string }
const NO_FILTERS: Filters = { rating: ALL, dimension: ALL, staff: ALL, from: "", to: "" }

/** The filters as the API reads them: "low" is 2 or less, a dimension means that dimension at 2 or less. */
const toQuery = (f: Filters): Omit<FeedbackQuery, "limit" | "offset"> => ({
  ...(f.rating === "low" ? { rating_lte: LOW_RATING } : f.rating !== ALL ? { rating: Number(f.rating) } : {}),
  ...(f.dimension !== ALL ? { dimension: f.dimension, dimension_lte: LOW_RATING } : {}),
  ...(f.staff !== ALL ? { staff_id: f.staff } : {}),
  // whole days in the admin's time zone
  ...(f.from ? { from: new Date(`${f.from}T00:00:00`).toISOString() } : {}),
  ...(f.to ? { to: new Date(`${f.to}T23:59:59.999`).toISOString() } : {}),
})

/** CRM → Feedback (C1, U2): averages per dimension, filters, and every rating with its customer, order and staff. */
const FeedbackPage = () => {
  const { t, locale } = useCrmTranslation("spa-crm-feedback")
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isPending } = useFeedbackList({ ...toQuery(filters), limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const { data: staff } = useStaffUsers()
  const feedback = data?.feedback ?? []
  const orderNumbers = useOrderNumbers(feedback.map((f) => f.order_id))

  const setFilter = (key: keyof Filters, value: string) => {
    setFilters((prev) => ({ ...prev, [key]: value }))
    setPagination((prev) => ({ ...prev, pageIndex: 0 }))
  }

  const columns = [
    column.accessor("created_at", {
      header: t("feedback.date"),
      cell: ({ getValue }) => formatDateTime(getValue(), locale),
    }),
    column.accessor("customer", {
      header: t("feedback.customer"),
      cell: ({ row }) =>
        row.original.customer ? (
          <Link to={`/customers/${row.original.customer_id}`} className="text-ui-fg-interactive hover:underline">
            {personName(row.original.customer)}
          </Link>
        ) : (
          row.original.customer_id
        ),
    }),
    column.accessor("order_id", {
      header: t("feedback.order"),
      cell: ({ getValue }) => (
        <Link to={`/orders/${getValue()}`} className="text-ui-fg-interactive hover:underline">
          {orderNumbers.get(getValue()) ? `#${orderNumbers.get(getValue())}` : getValue().slice(-8)}
        </Link>
      ),
    }),
    column.display({
      id: "ratings",
      header: t("feedback.ratings"),
      cell: ({ row }) => <RatingsLine ratings={row.original} />,
    }),
    column.accessor("comment", {
      header: t("feedback.comment"),
      cell: ({ getValue }) => (
        <span className="line-clamp-2 whitespace-normal" title={getValue() ?? ""}>
          {getValue() ?? "–"}
        </span>
      ),
    }),
    column.accessor("staff", {
      header: t("feedback.staff"),
      cell: ({ getValue }) => getValue().map(personName).join(", ") || "–",
    }),
  ]

  const table = useDataTable({
    data: feedback,
    columns,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const averages = data?.averages
  return (
    <div className="flex flex-col gap-y-3" data-testid="spa-crm-feedback-page">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("feedback.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("feedback.subtitle")}
          </Text>
        </div>
        <div className="flex items-center justify-between px-6 py-3">
          <Heading level="h2">{t("feedback.averages")}</Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="spa-crm-feedback-count">
            {t("feedback.averagesCount", { count: averages?.count ?? 0, formatted: formatNumber(averages?.count ?? 0, locale) })}
          </Text>
        </div>
        {averages && averages.count > 0 ? (
          <BarChart
            rows={[...FEEDBACK_RATINGS]}
            rowKey={(r) => r}
            rowLabel={(r) => t(`rating.${r}`)}
            max={RATING_MAX}
            series={[
              {
                label: t("feedback.averages"),
                className: "bg-ui-tag-orange-icon",
                value: (r) => averages[r] ?? 0,
                format: (v) => v.toFixed(2),
              },
            ]}
            data-testid="spa-crm-feedback-averages"
            rowTestId="spa-crm-feedback-average"
          />
        ) : (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {t("feedback.noAverages")}
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end gap-3 px-6 py-4" data-testid="spa-crm-feedback-filters">
          <FilterSelect
            label={t("feedback.filters.rating")}
            value={filters.rating}
            onChange={(v) => setFilter("rating", v)}
            options={[
              [ALL, t("feedback.filters.anyRating")],
              ["low", t("feedback.filters.low")],
              ...[5, 4, 3, 2, 1].map((n) => [String(n), t("feedback.filters.exactly", { value: n })] as [string, string]),
            ]}
            testId="spa-crm-feedback-filter-rating"
          />
          <FilterSelect
            label={t("feedback.filters.dimension")}
            value={filters.dimension}
            onChange={(v) => setFilter("dimension", v)}
            options={[
              [ALL, t("feedback.filters.anyDimension")],
              ...FEEDBACK_DIMENSIONS.map((d) => [d, t("feedback.filters.dimensionLow", { dimension: t(`rating.${d}`) })] as [string, string]),
            ]}
            testId="spa-crm-feedback-filter-dimension"
          />
          <FilterSelect
            label={t("feedback.filters.staff")}
            value={filters.staff}
            onChange={(v) => setFilter("staff", v)}
            options={[[ALL, t("feedback.filters.anyStaff")], ...(staff?.users ?? []).map((u) => [u.id, personName(u)] as [string, string])]}
            testId="spa-crm-feedback-filter-staff"
          />
          <DateFilter label={t("feedback.filters.from")} value={filters.from} onChange={(v) => setFilter("from", v)} />
          <DateFilter label={t("feedback.filters.to")} value={filters.to} onChange={(v) => setFilter("to", v)} />
          <Button size="small" variant="transparent" onClick={() => setFilters(NO_FILTERS)}>
            {t("feedback.filters.clear")}
          </Button>
        </div>
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: { heading: t("feedback.emptyTitle"), description: t("feedback.emptyMessage") },
              filtered: { heading: t("feedback.emptyTitle"), description: t("feedback.noAverages") },
            }}
          />
          <DataTable.Pagination translations={usePaginationTranslations()} />
        </DataTable>
      </Container>
    </div>
  )
}

const FilterSelect = ({
  label,
  value,
  onChange,
  options,
  testId,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  options: [string, string][]
  testId: string
}) => (
  <div className="flex w-44 flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger data-testid={testId}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {options.map(([v, text]) => (
          <Select.Item key={v} value={v}>
            {text}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

const DateFilter = ({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) => (
  <div className="flex w-40 flex-col gap-y-1">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Input size="small" type="date" value={value} onChange={(e) => onChange(e.target.value)} />
  </div>
)

export const config = defineRouteConfig({
  label: "menu.feedback",
  translationNs: "spa-crm-feedback",
  icon: StarSolid,
})

export default FeedbackPage
