import type { DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { useMemo, useState } from "react"

type LocalTableOptions<TRow> = {
  pageSize?: number
  initialSort: DataTableSortingState
  /** the value a column sorts by, when it is not the row's field of the column's id */
  sortValue?: Partial<Record<string, (row: TRow) => string | number | null>>
}

const compare = (a: string | number | null, b: string | number | null) => {
  // rows without a value (no rating yet) go last whichever the direction
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1
  if (b === null || b === undefined) return -1
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))
}

/**
 * Sorting and paging, in the browser, of a list a report answers whole (its
 * sources, its staff): the same header clicks and pager as the server-paged
 * tables, for @medusajs/ui's DataTable.
 */
export const useLocalTable = <TRow extends object>(rows: TRow[], { pageSize = 20, initialSort, sortValue }: LocalTableOptions<TRow>) => {
  const [sorting, setSorting] = useState<DataTableSortingState>(initialSort)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })

  const sorted = useMemo(() => {
    const value = sortValue?.[sorting.id] ?? ((row: TRow) => (row as Record<string, unknown>)[sorting.id] as string | number | null)
    const nullsLast = (a: TRow, b: TRow) => {
      const [x, y] = [value(a), value(b)]
      if (x === null || x === undefined || y === null || y === undefined) return compare(x, y)
      return sorting.desc ? compare(y, x) : compare(x, y)
    }
    return [...rows].sort(nullsLast)
  }, [rows, sorting, sortValue])

  const start = pagination.pageIndex * pagination.pageSize
  return {
    data: sorted.slice(start, start + pagination.pageSize),
    rowCount: rows.length,
    sorting: {
      state: sorting,
      onSortingChange: (next: DataTableSortingState) => {
        setSorting(next)
        setPagination((prev) => ({ ...prev, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    /** longer than a page: the pager is worth showing */
    paged: rows.length > pagination.pageSize,
  }
}
