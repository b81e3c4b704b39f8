import { MagnifyingGlass } from "@medusajs/icons"
import { Input, Popover, Text } from "@medusajs/ui"
import { type ReactNode, useState } from "react"

import { useDebouncedValue } from "../hooks/use-debounced-value"
import { useCrmTranslation } from "../lib/format"

/** Open state and search text of a SearchPopover; `q` is the debounced search its list query uses. */
export const useSearchPopover = () => {
  const [open, setOpenState] = useState(false)
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const setOpen = (next: boolean) => {
    setOpenState(next)
    if (!next) setSearch("")
  }
  return { open, setOpen, search, setSearch, q }
}

type SearchPopoverProps<T> = {
  state: ReturnType<typeof useSearchPopover>
  /** The button that opens it (rendered as the Popover's trigger). */
  trigger: ReactNode
  align?: "start" | "end"
  searchPlaceholder: string
  /** What can be picked (already filtered). */
  items: T[]
  isPending: boolean
  itemKey: (item: T) => string
  renderItem: (item: T) => ReactNode
  onPick: (item: T) => void
  /** Shown when nothing is left: one text while searching, another without a search. */
  noMatchText: string
  noneLeftText: string
  footer?: ReactNode
  contentTestId?: string
  searchTestId?: string
  optionTestId?: string
}

/** A searchable list in a popover ("Add tag", "Add collection"); picking an item closes it. */
export const SearchPopover = <T,>({
  state,
  trigger,
  align = "end",
  searchPlaceholder,
  items,
  isPending,
  itemKey,
  renderItem,
  onPick,
  noMatchText,
  noneLeftText,
  footer,
  contentTestId,
  searchTestId,
  optionTestId,
}: SearchPopoverProps<T>) => {
  const { t } = useCrmTranslation()
  const { open, setOpen, search, setSearch, q } = state

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Content align={align} className="w-[280px] p-0" data-testid={contentTestId}>
        <div className="border-ui-border-base border-b p-2">
          <Input
            type="search"
            size="small"
            autoFocus
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={searchPlaceholder}
            data-testid={searchTestId}
          />
        </div>
        <div className="max-h-[240px] overflow-y-auto p-1">
          {isPending ? (
            <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
              {t("general.loading")}
            </Text>
          ) : items.length === 0 ? (
            <div className="flex flex-col items-center gap-y-1 px-2 py-4">
              <MagnifyingGlass className="text-ui-fg-muted" />
              <Text size="small" className="text-ui-fg-subtle">
                {q ? noMatchText : noneLeftText}
              </Text>
            </div>
          ) : (
            items.map((item) => (
              <button
                key={itemKey(item)}
                type="button"
                onClick={() => {
                  onPick(item)
                  setOpen(false)
                }}
                className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex w-full items-center rounded-md px-2 py-1.5 text-left outline-none"
                data-testid={optionTestId}
              >
                {renderItem(item)}
              </button>
            ))
          )}
        </div>
        {footer && <div className="border-ui-border-base border-t px-3 py-2">{footer}</div>}
      </Popover.Content>
    </Popover>
  )
}
