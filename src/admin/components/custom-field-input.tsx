import { DatePicker, Input, Switch } from "@medusajs/ui"

import { fromCalendarDate, toCalendarDate, useCrmTranslation } from "../lib/format"
import type { CustomField, CustomFieldValue } from "../lib/types"
import { OptionSelect } from "./option-select"

type CustomFieldInputProps = {
  id: string
  field: CustomField
  value: CustomFieldValue | undefined
  onChange: (value: CustomFieldValue) => void
}

/** The control for one custom field, by its type. */
export const CustomFieldInput = ({ id, field, value, onChange }: CustomFieldInputProps) => {
  const { t } = useCrmTranslation()
  const testId = `spa-crm-profile-field-custom-${field.key}`

  switch (field.type) {
    case "number":
      return (
        <Input
          id={id}
          type="number"
          step="any"
          value={value === null || value === undefined ? "" : String(value)}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )
    case "date":
      return (
        <div data-testid={testId}>
          <DatePicker
            id={id}
            aria-label={field.label}
            value={fromCalendarDate(typeof value === "string" ? value : null)}
            onChange={(date) => onChange(date ? toCalendarDate(date) : null)}
          />
        </div>
      )
    case "select":
      return (
        <OptionSelect
          id={id}
          value={typeof value === "string" ? value : null}
          onChange={onChange}
          options={field.options ?? []}
          label={(option) => option}
          placeholder={t("general.choose")}
          noneLabel={field.required ? undefined : t("general.notSet")}
          data-testid={testId}
        />
      )
    case "boolean":
      return (
        <div className="flex items-center gap-x-2">
          <Switch id={id} checked={value === true} onCheckedChange={onChange} data-testid={testId} />
          <span className="txt-compact-small text-ui-fg-subtle">
            {value === true ? t("general.yes") : value === false ? t("general.no") : t("general.notSet")}
          </span>
        </div>
      )
    default:
      return (
        <Input
          id={id}
          value={typeof value === "string" ? value : value === null || value === undefined ? "" : String(value)}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )
  }
}
