import type { TFunction } from "i18next"

import { formatCalendarDate, formatNumber } from "./format"
import type { CustomField, CustomFieldValue } from "./types"

/** A stored custom-field value shown by its field's type; null when there is none. */
export const formatCustomFieldValue = (
  field: CustomField,
  value: CustomFieldValue | undefined,
  t: TFunction,
  locale: string
): string | null => {
  if (value === null || value === undefined || value === "") return null
  switch (field.type) {
    case "number":
      return typeof value === "number" ? formatNumber(value, locale) : String(value)
    case "date":
      return typeof value === "string" ? formatCalendarDate(value, locale) : String(value)
    case "boolean":
      return value === true ? t("general.yes") : value === false ? t("general.no") : String(value)
    default:
      return String(value)
  }
}

/** A form's raw value (number inputs hold text) in the form the API stores. */
export const toCustomFieldPayload = (field: CustomField, value: CustomFieldValue | undefined): CustomFieldValue => {
  if (value === undefined || value === null) return null
  if (field.type === "number") {
    if (typeof value === "number") return value
    const text = String(value).trim()
    // an unparseable number goes to the API as typed, which names the field in its 400
    return text === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text
  }
  if (typeof value === "string") return value.trim() === "" ? null : value.trim()
  return value
}
