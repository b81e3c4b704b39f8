import { Text } from "@medusajs/ui"

import { useCustomFields } from "../../hooks/api/custom-fields"
import { formatCustomFieldValue } from "../../lib/custom-fields"
import { formatCalendarDate, useCrmTranslation } from "../../lib/format"
import type { CustomFieldValue, LeadDifferences as Differences } from "../../lib/types"

const PROFILE = "profile."
const CUSTOM = "profile.custom_fields."

/** "skin_type" → "skinType", the key of the profile's own label. */
const camelCase = (field: string) => field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

type Difference = { kept: unknown; received: unknown }
const isDifference = (value: unknown): value is Difference =>
  !!value && typeof value === "object" && "kept" in value && "received" in value

/**
 * What a lead said otherwise than fields staff had already filled, which the
 * profile kept: each field with its label and "kept → received".
 */
export const LeadDifferences = ({ differences }: { differences: Differences | null | undefined }) => {
  const { t, locale } = useCrmTranslation()
  const { custom_fields: customFields = [] } = useCustomFields()
  const rows = Object.entries(differences && typeof differences === "object" ? differences : {}).filter(
    (row): row is [string, Difference] => isDifference(row[1])
  )
  if (!rows.length) return null

  const customField = (path: string) =>
    path.startsWith(CUSTOM) ? customFields.find((field) => field.key === path.slice(CUSTOM.length)) : undefined

  const label = (path: string) => {
    if (path.startsWith(CUSTOM)) return customField(path)?.label ?? path.slice(CUSTOM.length)
    const field = path.startsWith(PROFILE) ? path.slice(PROFILE.length) : path
    return t(`fields.${camelCase(field)}`, { defaultValue: field })
  }

  const show = (path: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "-"
    if (Array.isArray(value)) return value.map((item) => show(path, item)).join(", ")
    const custom = customField(path)
    if (custom) return formatCustomFieldValue(custom, value as CustomFieldValue, t, locale) ?? "-"
    if (path === "profile.gender") return t(`gender.${value}`, { defaultValue: String(value) })
    if (path === "profile.skin_type") return t(`skinType.${value}`, { defaultValue: String(value) })
    if (path === "profile.birthday") return formatCalendarDate(String(value), locale)
    if (typeof value === "boolean") return value ? t("general.yes") : t("general.no")
    return typeof value === "object" ? JSON.stringify(value) : String(value)
  }

  return (
    <div
      className="border-ui-border-base bg-ui-bg-subtle mt-2 flex flex-col gap-y-1 rounded-lg border px-3 py-2"
      data-testid="spa-crm-touch-point-differences"
    >
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {t("touchPoints.differences")}
      </Text>
      <ul className="flex flex-col gap-y-0.5">
        {rows.map(([path, { kept, received }]) => (
          <li key={path} data-testid="spa-crm-touch-point-difference" data-field={path}>
            <Text size="xsmall" className="break-words">
              <span className="text-ui-fg-subtle">{label(path)}: </span>
              {show(path, kept)}
              <span className="text-ui-fg-muted"> → </span>
              {show(path, received)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  )
}
