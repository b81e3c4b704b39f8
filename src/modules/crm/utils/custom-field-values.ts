import { MedusaError } from "@medusajs/framework/utils"

export type CustomFieldDefinition = {
  key: string
  label: string
  type: "text" | "number" | "date" | "select" | "boolean"
  options: string[] | null
  required: boolean
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isValidDate(value: string) {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** Returns the value in its stored form, or a description of what was expected. */
function normalise(def: CustomFieldDefinition, value: unknown): { value?: unknown; expected?: string } {
  switch (def.type) {
    case "text":
      return typeof value === "string" ? { value } : { expected: "a text" }
    case "number": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value
      return typeof n === "number" && Number.isFinite(n) ? { value: n } : { expected: "a number" }
    }
    case "boolean":
      return typeof value === "boolean" ? { value } : { expected: "true or false" }
    case "date":
      return typeof value === "string" && isValidDate(value)
        ? { value }
        : { expected: "a date as YYYY-MM-DD" }
    case "select": {
      const options = def.options ?? []
      return typeof value === "string" && options.includes(value)
        ? { value }
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
