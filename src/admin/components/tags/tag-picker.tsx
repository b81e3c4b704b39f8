import { Plus } from "@medusajs/icons"
import { Badge, Button } from "@medusajs/ui"
import { Link } from "react-router-dom"

import { useTags } from "../../hooks/api/tags"
import { useCrmTranslation } from "../../lib/format"
import type { Tag } from "../../lib/types"
import { SearchPopover, useSearchPopover } from "../search-popover"

type TagPickerProps = {
  /** Ids of the tags the customer already has; they are not offered again. */
  assignedIds: string[]
  onPick: (tag: Tag) => void
  disabled?: boolean
}

/** "Add tag": a searchable list of the existing tags in a popover. */
export const TagPicker = ({ assignedIds, onPick, disabled }: TagPickerProps) => {
  const { t } = useCrmTranslation()
  const popover = useSearchPopover()
  const { tags = [], isPending } = useTags({ q: popover.q || undefined, limit: 50 }, { enabled: popover.open })

  return (
    <SearchPopover
      state={popover}
      trigger={
        <Button size="small" variant="secondary" disabled={disabled} data-testid="spa-crm-tag-add">
          <Plus />
          {t("tags.add")}
        </Button>
      }
      searchPlaceholder={t("tags.searchPlaceholder")}
      items={tags.filter((tag) => !assignedIds.includes(tag.id))}
      isPending={isPending}
      itemKey={(tag) => tag.id}
      renderItem={(tag) => (
        <Badge size="2xsmall" color={tag.color}>
          {tag.name}
        </Badge>
      )}
      onPick={onPick}
      noMatchText={t("tags.noMatch")}
      noneLeftText={t("tags.noneLeft")}
      footer={
        <Link to="/settings/crm" className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          {t("tags.manage")}
        </Link>
      }
      contentTestId="spa-crm-tag-picker"
      searchTestId="spa-crm-tag-search"
      optionTestId="spa-crm-tag-option"
    />
  )
}
