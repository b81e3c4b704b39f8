import { Input, Select } from "@medusajs/ui"

import { BEHAVIOUR_CLASSES, BEHAVIOUR_GROUPS } from "../../../types/customer-behaviour"
import { MONTHS, type SetCondition } from "../../../types/customer-sets"
import { GENDERS, SKIN_TYPES } from "../../../types/crm"
import { useProductCollections } from "../../hooks/api/medusa-core"
import { useLoyaltyTiers } from "../../hooks/api/loyalty-settings"
import { useSources } from "../../hooks/api/sources"
import { useTags } from "../../hooks/api/tags"
import { useCrmTranslation } from "../../lib/format"
import { ChipInput } from "../chip-input"
import { ProductPicker } from "./product-picker"
import { ToggleList } from "./toggle-list"

type ConditionValueProps = {
  condition: SetCondition
  onChange: (value: SetCondition["value"]) => void
  testId: string
}

const asList = (value: SetCondition["value"]) => (Array.isArray(value) ? value.map(String) : [])

/** A number box that keeps an empty box empty (not 0) while the user types. */
const NumberBox = ({ value, onChange, testId }: { value: number; onChange: (n: number) => void; testId: string }) => (
  <Input
    type="number"
    size="small"
    className="w-28"
    value={Number.isFinite(value) ? value : ""}
    onChange={(e) => onChange(e.target.value === "" ? Number.NaN : Number(e.target.value))}
    data-testid={testId}
  />
)

/** What a condition compares with, in the control its field calls for. */
export const ConditionValue = ({ condition, onChange, testId }: ConditionValueProps) => {
  const { t, locale } = useCrmTranslation("spa-crm-sets")
  const { t: tCrm } = useCrmTranslation()
  const { field, operator, value } = condition
  const list = asList(value)
  const toggles = (options: { value: string; label: string }[]) => (
    <ToggleList options={options} selected={list} onChange={onChange} data-testid={`${testId}-choices`} />
  )

  if (operator === "between") {
    const [min, max] = Array.isArray(value) && value.length === 2 ? (value as [number, number]) : [0, 0]
    return (
      <div className="flex items-center gap-x-2">
        <NumberBox value={min} onChange={(n) => onChange([n, max])} testId={`${testId}-min`} />
        <span className="txt-compact-small text-ui-fg-subtle">{t("builder.and")}</span>
        <NumberBox value={max} onChange={(n) => onChange([min, n])} testId={`${testId}-max`} />
      </div>
    )
  }
  if (typeof value === "number") return <NumberBox value={value} onChange={onChange} testId={`${testId}-number`} />

  switch (field) {
    case "birthday_month": {
      const monthName = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" })
      return (
        <ToggleList
          options={MONTHS.map((m) => ({ value: String(m), label: monthName.format(new Date(Date.UTC(2000, m - 1, 1))) }))}
          selected={list}
          onChange={(months) => onChange(months.map(Number))}
          data-testid={`${testId}-choices`}
        />
      )
    }
    case "gender":
      return toggles(GENDERS.map((g) => ({ value: g, label: tCrm(`gender.${g}`) })))
    case "skin_type":
      return toggles(SKIN_TYPES.map((s) => ({ value: s, label: tCrm(`skinType.${s}`) })))
    case "behaviour_class":
      return toggles(BEHAVIOUR_CLASSES.map((c) => ({ value: c, label: t(`behaviour.class.${c}`) })))
    case "behaviour_group":
      return toggles(BEHAVIOUR_GROUPS.map((g) => ({ value: g, label: t(`behaviour.group.${g}`) })))
    case "city":
    case "country":
      return (
        <div className="min-w-[240px] flex-1">
          <ChipInput
            value={list}
            onChange={(texts) => onChange(field === "country" ? texts.map((c) => c.toLowerCase()) : texts)}
            placeholder={t(`builder.${field}Placeholder`)}
            removeLabel={tCrm("general.remove")}
            data-testid={`${testId}-text`}
          />
        </div>
      )
    case "tier":
      return <TierValue condition={condition} onChange={onChange} testId={testId} />
    case "tags":
      return <TagsValue selected={list} onChange={onChange} testId={testId} />
    case "source":
      return <SourcesValue selected={list} onChange={onChange} testId={testId} />
    case "bought_collection":
      return <CollectionsValue selected={list} onChange={onChange} testId={testId} />
    case "bought_product":
      return <ProductPicker selected={list} onChange={onChange} testId={`${testId}-products`} />
    default:
      return null
  }
}

type ListValueProps = { selected: string[]; onChange: (ids: string[]) => void; testId: string }

const TierValue = ({ condition, onChange, testId }: ConditionValueProps) => {
  const { t } = useCrmTranslation("spa-crm-sets")
  const { tiers = [] } = useLoyaltyTiers()
  const list = asList(condition.value)
  if (condition.operator !== "at_least") {
    return (
      <ToggleList
        options={tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
        selected={list}
        onChange={onChange}
        data-testid={`${testId}-choices`}
      />
    )
  }
  // "at least" names one tier: that one and every higher one
  return (
    <Select size="small" value={list[0] ?? ""} onValueChange={(id) => onChange([id])}>
      <Select.Trigger className="w-48" data-testid={`${testId}-tier`}>
        <Select.Value placeholder={t("builder.chooseTier")} />
      </Select.Trigger>
      <Select.Content>
        {tiers.map((tier) => (
          <Select.Item key={tier.id} value={tier.id}>
            {tier.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

// a spa has a few dozen tags, sources and collections: all of them fit as toggles
const TagsValue = ({ selected, onChange, testId }: ListValueProps) => {
  const { tags = [] } = useTags({ limit: 200 })
  return (
    <ToggleList
      options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
      selected={selected}
      onChange={onChange}
      data-testid={`${testId}-choices`}
    />
  )
}

const SourcesValue = ({ selected, onChange, testId }: ListValueProps) => {
  const { sources = [] } = useSources({ limit: 100 })
  return (
    <ToggleList
      options={sources.map((source) => ({ value: source.id, label: source.name }))}
      selected={selected}
      onChange={onChange}
      data-testid={`${testId}-choices`}
    />
  )
}

const CollectionsValue = ({ selected, onChange, testId }: ListValueProps) => {
  const { collections } = useProductCollections({ limit: 200 })
  return (
    <ToggleList
      options={collections.map((c) => ({ value: c.id, label: c.title }))}
      selected={selected}
      onChange={onChange}
      data-testid={`${testId}-choices`}
    />
  )
}
