import { MagnifyingGlass, Plus } from "@medusajs/icons"
import { Badge, Button, Input, Popover, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"

import { useTags } from "../../hooks/api/tags"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { useCrmTranslation } from "../../lib/format"
import type { Tag } from "../../lib/types"

type TagPickerProps = {
  /** Ids of the tags the customer already has; they are not offered again. */
  assignedIds: string[]
  onPick: (tag: Tag) => void
  disabled?: boolean
}

/** "Add tag": a searchable list of the existing tags in a popover. */
export const TagPicker = ({ assignedIds, onPick, disabled }: TagPickerProps) => {
  const { t } = useCrmTranslation()
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const { tags = [], isPending } = useTags({ q: q || undefined, limit: 50 }, { enabled: open })

  const available = tags.filter((tag) => !assignedIds.includes(tag.id))

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) setSearch("")
      }}
    >
      <Popover.Trigger asChild>
        <Button size="small" variant="secondary" disabled={disabled} data-testid="spa-crm-tag-add">
          <Plus />
          {t("tags.add")}
        </Button>
      </Popover.Trigger>
      <Popover.Content align="end" className="w-[280px] p-0" data-testid="spa-crm-tag-picker">
        <div className="border-ui-border-base border-b p-2">
          <Input
            type="search"
            size="small"
            autoFocus
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("tags.searchPlaceholder")}
            data-testid="spa-crm-tag-search"
          />
        </div>
        <div className="max-h-[240px] overflow-y-auto p-1">
          {isPending ? (
            <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
              {t("general.loading")}
            </Text>
          ) : available.length === 0 ? (
            <div className="flex flex-col items-center gap-y-1 px-2 py-4">
              <MagnifyingGlass className="text-ui-fg-muted" />
              <Text size="small" className="text-ui-fg-subtle">
                {q ? t("tags.noMatch") : t("tags.noneLeft")}
              </Text>
            </div>
          ) : (
            available.map((tag) => (
              <button
                key={tag.id}
                type="button"
                onClick={() => {
                  onPick(tag)
                  setOpen(false)
                  setSearch("")
                }}
                className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex w-full items-center rounded-md px-2 py-1.5 text-left outline-none"
                data-testid="spa-crm-tag-option"
              >
                <Badge size="2xsmall" color={tag.color}>
                  {tag.name}
                </Badge>
              </button>
            ))
          )}
        </div>
        <div className="border-ui-border-base border-t px-3 py-2">
          <Link to="/settings/crm" className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            {t("tags.manage")}
          </Link>
        </div>
      </Popover.Content>
    </Popover>
  )
}
