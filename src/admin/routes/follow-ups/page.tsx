import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Phone } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Tabs,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link, useSearchParams } from "react-router-dom"

import { type AdminFollowUp, FEEDBACK_DIMENSIONS, FOLLOW_UP_VIEWS, type FollowUpView, LOW_RATING } from "../../../types/feedback"
import { CloseFollowUpDrawer } from "../../components/feedback/close-follow-up-drawer"
import { useFollowUps } from "../../hooks/api/feedback"
import { usePaginationTranslations } from "../../hooks/use-pagination-translations"
import { formatDateTime, formatRelativeTime, personName, useCrmTranslation } from "../../lib/format"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AdminFollowUp>()

/** CRM → Follow-ups (C3, U2): open, overdue (in red) and done, each closed from a drawer that asks the outcome. */
const FollowUpsPage = () => {
  const { t, locale } = useCrmTranslation("spa-crm-feedback")
  const { t: tCrm } = useCrmTranslation()
  // the tab lives in the URL, so a link can open the overdue list
  const [searchParams, setSearchParams] = useSearchParams()
  const requested = searchParams.get("status") as FollowUpView | null
  const status: FollowUpView = requested && FOLLOW_UP_VIEWS.includes(requested) ? requested : "open"
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [closing, setClosing] = useState<AdminFollowUp | null>(null)
  const { data, isPending } = useFollowUps({ status, limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })

  const reason = (f: AdminFollowUp) => {
    if (!f.feedback) return f.reason
    const low = FEEDBACK_DIMENSIONS.filter((d) => f.feedback![d] <= LOW_RATING)
    return [
      t("followUps.lowRating", { overall: f.feedback.overall }),
      ...low.map((d) => t("followUps.lowDimension", { dimension: t(`rating.${d}`), value: f.feedback![d] })),
    ].join(" · ")
  }

  const columns = [
    column.accessor("due_at", {
      header: t("followUps.due"),
      cell: ({ row, getValue }) => (
        <div className="flex flex-col" data-testid={row.original.overdue ? "spa-crm-follow-up-overdue" : undefined}>
          <span className={row.original.overdue ? "text-ui-fg-error font-medium" : undefined}>{formatDateTime(getValue(), locale)}</span>
          {row.original.status === "open" && (
            <span className={row.original.overdue ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
              {formatRelativeTime(getValue(), locale, tCrm("general.justNow"))}
            </span>
          )}
        </div>
      ),
    }),
    column.accessor("customer", {
      header: t("followUps.customer"),
      cell: ({ row }) => (
        <div className="flex flex-col">
          <Link to={`/customers/${row.original.customer_id}`} className="text-ui-fg-interactive hover:underline">
            {row.original.customer ? personName(row.original.customer) : row.original.customer_id}
          </Link>
          {row.original.customer?.email && <span className="text-ui-fg-subtle">{row.original.customer.email}</span>}
        </div>
      ),
    }),
    column.display({
      id: "reason",
      header: t("followUps.reason"),
      cell: ({ row }) => (
        <div className="flex flex-col whitespace-normal">
          <span>{reason(row.original)}</span>
          {row.original.feedback?.comment && <span className="text-ui-fg-subtle line-clamp-2">“{row.original.feedback.comment}”</span>}
          {row.original.order_id && (
            <Link to={`/orders/${row.original.order_id}`} className="text-ui-fg-interactive hover:underline">
              {t("feedback.order")}
            </Link>
          )}
        </div>
      ),
    }),
    column.display({
      id: "action",
      header: status === "done" ? t("followUps.outcome") : "",
      cell: ({ row }) =>
        row.original.status === "done" ? (
          <div className="flex flex-col whitespace-normal">
            <span>{row.original.outcome}</span>
            <span className="text-ui-fg-subtle">
              {t("followUps.closedBy", {
                name: row.original.closed_by_user ? personName(row.original.closed_by_user) : "–",
                when: formatDateTime(row.original.closed_at!, locale),
              })}
            </span>
          </div>
        ) : (
          <Button size="small" variant="secondary" onClick={() => setClosing(row.original)} data-testid="spa-crm-follow-up-close">
            {t("followUps.close")}
          </Button>
        ),
    }),
  ]

  const table = useDataTable({
    data: data?.follow_ups ?? [],
    columns,
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const empty = { open: "followUps.emptyOpen", overdue: "followUps.emptyOverdue", done: "followUps.emptyDone" }[status]
  return (
    <Container className="divide-y p-0" data-testid="spa-crm-follow-ups-page">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading>{t("followUps.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("followUps.subtitle")}
          </Text>
        </div>
        <Tabs
          value={status}
          onValueChange={(next) => {
            setSearchParams({ status: next }, { replace: true })
            setPagination((prev) => ({ ...prev, pageIndex: 0 }))
          }}
        >
          <Tabs.List>
            {FOLLOW_UP_VIEWS.map((view) => (
              <Tabs.Trigger key={view} value={view} data-testid={`spa-crm-follow-ups-tab-${view}`}>
                {t(`followUps.${view}`)}
                {view === status && data && (
                  <Badge size="2xsmall" color={view === "overdue" && data.count ? "red" : "grey"} className="ml-1.5">
                    {data.count}
                  </Badge>
                )}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <DataTable instance={table}>
        <DataTable.Table emptyState={{ empty: { heading: t(empty), description: t("followUps.emptyMessage") } }} />
        <DataTable.Pagination translations={usePaginationTranslations()} />
      </DataTable>
      <CloseFollowUpDrawer followUp={closing} onOpenChange={(open) => !open && setClosing(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "menu.followUps",
  translationNs: "spa-crm-feedback",
  icon: Phone,
})

export default FollowUpsPage
