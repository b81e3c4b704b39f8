import { MedusaError } from "@medusajs/framework/utils"
import { DATE_RANGE, inDateRange, isCalendarDate } from "../../lib/dates"
import { textProblem } from "../../lib/text"

/** The longest text a custom field keeps: a note, not a document. */
export const CUSTOM_TEXT_MAX = 2000

export type CustomFieldDefinition = {
  key: string
  label: string
  type: "text" | "number" | "date" | "select" | "boolean"
  options: string[] | null
  required: boolean
}

/** Returns the value in its stored form, or a description of what was expected. */
function normalise(def: CustomFieldDefinition, value: unknown): { value?: unknown; expected?: string } {
  switch (def.type) {
    case "text": {
      if (typeof value !== "string") return { expected: "a text" }
      const problem = textProblem(value)
      if (problem) return { expected: `a text that can be stored: it ${problem}` }
      return value.length <= CUSTOM_TEXT_MAX ? { value: value.normalize("NFC") } : { expected: `a text of at most ${CUSTOM_TEXT_MAX} characters` }
    }
    case "number": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value
      return typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= 1e15 ? { value: n } : { expected: "a number of at most 15 digits" }
    }
    case "boolean":
      return typeof value === "boolean" ? { value } : { expected: "true or false" }
    case "date":
      return isCalendarDate(value) && inDateRange(value)
        ? { value }
        : { expected: `a real date as YYYY-MM-DD, from ${DATE_RANGE.min} to ${DATE_RANGE.max}` }
    case "select": {
      const options = def.options ?? []
      return typeof value === "string" && options.includes(value.normalize("NFC"))
        ? { value: value.normalize("NFC") }
        : { expected: `one of ${options.map((o) => `"${o}"`).join(", ")}` }
    }
  }
}

/**
 * Validates a profile's custom-field values against the definitions: unknown
 * keys, wrong types and missing required fields are errors that name the field
 * (`custom_fields.<key>`). Null or "" clears an optional value. Required
 * fields can be left unchecked for partial data (a lead from a web form).
 */
export function checkCustomFieldValues(
  definitions: CustomFieldDefinition[],
  values: Record<string, unknown>,
  { enforceRequired = true } = {}
): Record<string, unknown> {
  const byKey = new Map(definitions.map((d) => [d.key, d]))
  const errors: string[] = []
  const result: Record<string, unknown> = {}

  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key)
    if (!def) {
      errors.push(`custom_fields.${key}: there is no custom field with this key`)
      continue
    }
    if (value === null || value === "") continue
    const { value: stored, expected } = normalise(def, value)
    if (expected) errors.push(`custom_fields.${key}: expected ${expected}`)
    else result[key] = stored
  }
  for (const def of enforceRequired ? definitions : []) {
    if (def.required && !(def.key in result)) {
      errors.push(`custom_fields.${def.key}: "${def.label}" is required`)
    }
  }

  if (errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
  }
  return result
}
