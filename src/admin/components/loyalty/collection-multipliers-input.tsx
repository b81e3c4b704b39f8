import { Plus, XMarkMini } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { useState } from "react"

import { useProductCollections } from "../../hooks/api/medusa-core"
import { useCrmTranslation } from "../../lib/format"
import { SearchPopover, useSearchPopover } from "../search-popover"

export type MultiplierDraft = { collection_id: string; value: string }

type CollectionMultipliersInputProps = {
  id: string
  value: MultiplierDraft[]
  onChange: (value: MultiplierDraft[]) => void
  /** Collection titles by id, for the rows already there. */
  titles: Map<string, string>
  errors?: Record<string, string>
}

/** Points multipliers per product collection: one row per collection, added from a searchable list. */
export const CollectionMultipliersInput = ({ id, value, onChange, titles, errors = {} }: CollectionMultipliersInputProps) => {
  const { t } = useCrmTranslation()
  const [picked, setPicked] = useState(new Map<string, string>())
  const title = (collectionId: string) => picked.get(collectionId) ?? titles.get(collectionId) ?? collectionId

  return (
    <div className="flex flex-col gap-y-2" id={id}>
      {value.length > 0 && (
        <div className="shadow-elevation-card-rest overflow-hidden rounded-lg">
          {value.map((row, index) => {
            const error = errors[`collection_multipliers.${row.collection_id}`]
            return (
              <div key={row.collection_id} className="border-b px-3 py-2 last:border-b-0" data-testid={`${id}-row`}>
                <div className="flex items-center gap-x-2">
                  <Text size="small" leading="compact" className="min-w-0 flex-1 truncate" title={title(row.collection_id)}>
                    {title(row.collection_id)}
                  </Text>
                  <Text size="small" className="text-ui-fg-muted">
                    ×
                  </Text>
                  <Input
                    size="small"
                    type="number"
                    min={0.1}
                    max={100}
                    step="any"
                    className="w-[88px]"
                    value={row.value}
                    aria-label={t("loyalty.settings.multiplierFor", { name: title(row.collection_id) })}
                    aria-invalid={!!error}
                    onChange={(e) =>
                      onChange(value.map((r, i) => (i === index ? { ...r, value: e.target.value } : r)))
                    }
                    data-testid={`${id}-value`}
                  />
                  <IconButton
                    size="small"
                    variant="transparent"
                    type="button"
                    aria-label={t("general.remove")}
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  >
                    <XMarkMini />
                  </IconButton>
                </div>
                {error && (
                  <Text size="xsmall" className="text-ui-fg-error mt-1">
                    {error}
                  </Text>
                )}
              </div>
            )
          })}
        </div>
      )}
      <CollectionPicker
        excludedIds={value.map((row) => row.collection_id)}
        onPick={(collection) => {
          setPicked((prev) => new Map(prev).set(collection.id, collection.title))
          onChange([...value, { collection_id: collection.id, value: "2" }])
        }}
        testId={`${id}-add`}
      />
    </div>
  )
}

type CollectionPickerProps = {
  excludedIds: string[]
  onPick: (collection: { id: string; title: string }) => void
  testId: string
}

/** "Add collection": a searchable list of the product collections in a popover. */
const CollectionPicker = ({ excludedIds, onPick, testId }: CollectionPickerProps) => {
  const { t } = useCrmTranslation()
  const popover = useSearchPopover()
  const { collections, isPending } = useProductCollections({ q: popover.q || undefined, limit: 50 }, popover.open)

  return (
    <SearchPopover
      state={popover}
      align="start"
      trigger={
        <Button size="small" variant="secondary" type="button" className="self-start" data-testid={testId}>
          <Plus />
          {t("loyalty.settings.addCollection")}
        </Button>
      }
      searchPlaceholder={t("loyalty.settings.searchCollections")}
      items={collections.filter((collection) => !excludedIds.includes(collection.id))}
      isPending={isPending}
      itemKey={(collection) => collection.id}
      renderItem={(collection) => <span className="txt-compact-small">{collection.title}</span>}
      onPick={(collection) => onPick({ id: collection.id, title: collection.title })}
      noMatchText={t("loyalty.settings.noCollectionMatch")}
      noneLeftText={t("loyalty.settings.noCollectionsLeft")}
      optionTestId={`${testId}-option`}
    />
  )
}
