import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Funnel } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"

import type { CustomerSetRecord } from "../../../types/customer-sets"
import { useCustomerSets } from "../../hooks/api/customer-sets"
import { usePagedSearch } from "../../hooks/use-paged-search"
import { usePaginationTranslations } from "../../hooks/use-pagination-translations"
import { formatNumber, formatRelativeTime, useCrmTranslation } from "../../lib/format"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<CustomerSetRecord>()

/** Customers → Customer sets: every set with its size and when it was last evaluated. */
const CustomerSetsPage = () => {
  const { t, locale } = useCrmTranslation("spa-crm-sets")
  const { t: tCrm } = useCrmTranslation()
  const navigate = useNavigate()
  const { query, pagination, search } = usePagedSearch(PAGE_SIZE)
  const { customer_sets = [], count = 0, isPending } = useCustomerSets(query)

  const columns = [
    column.accessor("name", {
      header: t("list.name"),
      cell: ({ row }) => (
        <div className="flex flex-col">
          <Link to={`/customer-sets/${row.original.id}`} className="text-ui-fg-interactive hover:underline" data-testid="spa-crm-set-link">
            {row.original.name}
          </Link>
          {row.original.description && <span className="text-ui-fg-subtle truncate">{row.original.description}</span>}
        </div>
      ),
    }),
    column.accessor("kind", {
      header: t("list.kind"),
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={getValue() === "dynamic" ? "blue" : "grey"}>
          {t(`kind.${getValue()}`)}
        </Badge>
      ),
    }),
    column.accessor("member_count", {
      header: t("list.members"),
      cell: ({ getValue }) => formatNumber(getValue(), locale),
    }),
    column.accessor("evaluated_at", {
      header: t("list.evaluated"),
      cell: ({ getValue }) => {
        const at = getValue()
        return at ? formatRelativeTime(at, locale, tCrm("general.justNow")) : t("list.never")
      },
    }),
  ]

  const table = useDataTable({
    data: customer_sets,
    columns,
    getRowId: (row) => row.id,
    rowCount: count,
    isLoading: isPending,
    onRowClick: (_, row) => navigate(`/customer-sets/${row.id}`),
    pagination,
    search,
  })

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-customer-sets">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>{t("list.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("list.subtitle")}
            </Text>
          </div>
          <div className="flex w-full items-center gap-x-2 md:w-auto">
            <DataTable.Search placeholder={tCrm("general.search")} />
            <Button size="small" variant="secondary" asChild data-testid="spa-crm-set-create">
              <Link to="/customer-sets/create">{t("list.create")}</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: t("list.emptyTitle"), description: t("list.emptyMessage") },
            filtered: { heading: tCrm("general.noResults"), description: tCrm("general.noResultsHint") },
          }}
        />
        <DataTable.Pagination translations={usePaginationTranslations()} />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "list.menuLabel",
  translationNs: "spa-crm-sets",
  icon: Funnel,
  nested: "/customers",
})

export default CustomerSetsPage
