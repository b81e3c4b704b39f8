import type { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/** Page and search state of a server-paged table (settings lists, customer sets), and the list query it means. */
export const usePagedSearch = (pageSize = 20) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  const [search, setSearch] = useState("")

  return {
    query: { q: search || undefined, limit: pageSize, offset: pagination.pageIndex * pageSize },
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (value: string) => {
        setSearch(value)
        // a new search starts from its first page
        setPagination((prev) => ({ ...prev, pageIndex: 0 }))
      },
    },
  }
}
