import { Plus, XMarkMini } from "@medusajs/icons"
import { Badge, Button } from "@medusajs/ui"

import { useProductsToPick } from "../../hooks/api/customer-sets"
import { useCrmTranslation } from "../../lib/format"
import { SearchPopover, useSearchPopover } from "../search-popover"

type ProductPickerProps = { selected: string[]; onChange: (ids: string[]) => void; testId: string }

/** The products a "bought" condition names: chips, and a searchable "Add product" list. */
export const ProductPicker = ({ selected, onChange, testId }: ProductPickerProps) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const popover = useSearchPopover()
  const { products: found, isPending } = useProductsToPick({ q: popover.q || undefined }, popover.open)
  const { products: named } = useProductsToPick({ id: selected }, selected.length > 0)
  const title = (id: string) => named.find((p) => p.id === id)?.title ?? id

  return (
    <div className="flex flex-wrap items-center gap-1" data-testid={testId}>
      {selected.map((id) => (
        <Badge key={id} size="2xsmall" className="gap-x-0.5 pl-1.5 pr-1">
          <span className="truncate">{title(id)}</span>
          <button
            type="button"
            aria-label={t("builder.removeValue", { name: title(id) })}
            onClick={() => onChange(selected.filter((s) => s !== id))}
            className="text-ui-fg-subtle outline-none"
          >
            <XMarkMini />
          </button>
        </Badge>
      ))}
      <SearchPopover
        state={popover}
        align="start"
        trigger={
          <Button size="small" variant="transparent" type="button" data-testid={`${testId}-add`}>
            <Plus />
            {t("builder.addProduct")}
          </Button>
        }
        searchPlaceholder={t("builder.searchProducts")}
        items={found.filter((p) => !selected.includes(p.id))}
        isPending={isPending}
        itemKey={(p) => p.id}
        renderItem={(p) => <span className="txt-compact-small">{p.title}</span>}
        onPick={(p) => onChange([...selected, p.id])}
        noMatchText={t("builder.noProductMatch")}
        noneLeftText={t("builder.noProductLeft")}
        optionTestId={`${testId}-option`}
      />
    </div>
  )
}
