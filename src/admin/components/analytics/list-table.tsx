import { DataTable, type UseDataTableReturn } from "@medusajs/ui"
import type { ReactNode } from "react"

import { usePaginationTranslations } from "../../hooks/use-pagination-translations"

type ListTableProps<TRow> = {
  table: UseDataTableReturn<TRow>
  /** what an empty list says, and what it says when a search or filter left nothing */
  empty: { title: string; message: string; filtered?: string }
  /** the pager, when the list can be longer than a page */
  paged: boolean
  /** above the table: a count, a search, a sorting menu */
  toolbar?: ReactNode
}

/** A report's list as @medusajs/ui's DataTable: its rows, sortable headers, empty state and pager. */
export const ListTable = <TRow,>({ table, empty, paged, toolbar }: ListTableProps<TRow>) => {
  const paginationTexts = usePaginationTranslations()
  return (
    <DataTable instance={table}>
      {toolbar}
      <DataTable.Table
        emptyState={{
          empty: { heading: empty.title, description: empty.message },
          filtered: { heading: empty.title, description: empty.filtered ?? empty.message },
        }}
      />
      {paged && <DataTable.Pagination translations={paginationTexts} />}
    </DataTable>
  )
}
