/** What another system said about a field staff had already filled: kept beside it, never over it. */
export type FieldDifference = { kept: unknown; received: unknown }

const isBlank = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)

const sameValue = (a: unknown, b: unknown) => {
  if (Array.isArray(a) && Array.isArray(b)) {
    // lists (skin concerns) are sets: the order they were typed in says nothing
    const norm = (list: unknown[]) => JSON.stringify(list.map(String).sort())
    return norm(a) === norm(b)
  }
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Splits what a lead says about a profile into what may be written (the
 * fields still blank, and custom fields not set yet) and what differs from a
 * field already filled, which is not written: "differences", keyed by field
 * (`skin_type`, `custom_fields.visits`), for staff to see and decide.
 * `existing` null: a new profile, everything may be written.
 */
export function fillBlanks(
  existing: Record<string, unknown> | null,
  incoming: Record<string, unknown>
): { write: Record<string, unknown>; differences: Record<string, FieldDifference> } {
  const write: Record<string, unknown> = {}
  const differences: Record<string, FieldDifference> = {}
  const split = (key: string, kept: unknown, received: unknown, into: Record<string, unknown>, field: string) => {
    if (received === undefined || isBlank(received)) return
    if (isBlank(kept)) into[field] = received
    else if (!sameValue(kept, received)) differences[key] = { kept, received }
  }
  for (const [field, received] of Object.entries(incoming)) {
    if (field === "custom_fields") continue
    split(field, existing?.[field], received, write, field)
  }
  const storedCustom = (existing?.custom_fields ?? {}) as Record<string, unknown>
  const customWrite: Record<string, unknown> = {}
  for (const [key, received] of Object.entries((incoming.custom_fields ?? {}) as Record<string, unknown>)) {
    split(`custom_fields.${key}`, storedCustom[key], received, customWrite, key)
  }
  if (Object.keys(customWrite).length) write.custom_fields = customWrite
  return { write, differences }
}
