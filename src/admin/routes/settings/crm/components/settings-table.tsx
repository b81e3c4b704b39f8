import {
  Button,
  Container,
  DataTable,
  type DataTableColumnDef,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"

import { usePaginationTranslations } from "../../../../hooks/use-pagination-translations"
import { useCrmTranslation } from "../../../../lib/format"

type SettingsTableProps<TData> = {
  heading: string
  subHeading: string
  data: TData[]
  columns: DataTableColumnDef<TData, any>[]
  getRowId: (row: TData) => string
  isLoading: boolean
  createLabel: string
  onCreate: () => void
  createTestId: string
  emptyHeading: string
  emptyDescription: string
  /** Server-side paging and search; without them every row is shown. */
  rowCount?: number
  pagination?: { state: DataTablePaginationState; onPaginationChange: (state: DataTablePaginationState) => void }
  search?: { state: string; onSearchChange: (state: string) => void }
  "data-testid"?: string
}

/** One list of the CRM settings, laid out like the dashboard's settings tables. */
export const SettingsTable = <TData,>({
  heading,
  subHeading,
  data,
  columns,
  getRowId,
  isLoading,
  createLabel,
  onCreate,
  createTestId,
  emptyHeading,
  emptyDescription,
  rowCount,
  pagination,
  search,
  "data-testid": testId,
}: SettingsTableProps<TData>) => {
  const { t } = useCrmTranslation()
  const paginationTranslations = usePaginationTranslations()
  const table = useDataTable({
    data,
    columns,
    getRowId,
    rowCount: rowCount ?? data.length,
    isLoading,
    pagination,
    search,
  })

  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h2">{heading}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {subHeading}
            </Text>
          </div>
          <div className="flex w-full items-center gap-x-2 md:w-auto">
            {search && <DataTable.Search placeholder={t("general.search")} />}
            <Button size="small" variant="secondary" onClick={onCreate} data-testid={createTestId}>
              {createLabel}
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: emptyHeading, description: emptyDescription },
            filtered: { heading: t("general.noResults"), description: t("general.noResultsHint") },
          }}
        />
        {pagination && (
          <DataTable.Pagination translations={paginationTranslations} />
        )}
      </DataTable>
    </Container>
  )
}
