import { ArrowDownTray } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"

import type { CustomerSetMember } from "../../../types/customer-sets"
import { useCustomerSetMembers } from "../../hooks/api/customer-sets"
import { usePaginationTranslations } from "../../hooks/use-pagination-translations"
import { personName, useCrmTranslation } from "../../lib/format"
import { apiBaseUrl } from "../../lib/sdk"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<CustomerSetMember>()

/** The set's members as last evaluated, a page at a time, and all of them as a CSV file. */
export const SetMembers = ({ setId }: { setId: string }) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { customers = [], count = 0, isPending } = useCustomerSetMembers(setId, {
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
  })
  const table = useDataTable({
    data: customers,
    columns: [
      column.display({ id: "name", header: t("members.name"), cell: ({ row }) => personName(row.original) || "—" }),
      column.accessor("email", { header: t("members.email"), cell: ({ getValue }) => getValue() ?? "—" }),
      column.accessor("phone", { header: t("members.phone"), cell: ({ getValue }) => getValue() ?? "—" }),
    ],
    getRowId: (row) => row.customer_id,
    rowCount: count,
    isLoading: isPending,
    onRowClick: (_, row) => navigate(`/customers/${row.customer_id}`),
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0" data-testid="spa-crm-set-members">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between">
          <Heading level="h2">{t("members.title")}</Heading>
          <Button size="small" variant="secondary" asChild>
            {/* the session cookie authenticates the download, so a plain link serves the file */}
            <a href={`${apiBaseUrl()}/admin/customer-sets/${setId}/customers?format=csv`} download data-testid="spa-crm-set-csv">
              <ArrowDownTray />
              {t("members.csv")}
            </a>
          </Button>
        </DataTable.Toolbar>
        <DataTable.Table emptyState={{ empty: { heading: t("members.emptyTitle"), description: t("members.emptyMessage") } }} />
        <DataTable.Pagination translations={usePaginationTranslations()} />
      </DataTable>
    </Container>
  )
}
