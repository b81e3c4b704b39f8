import { MedusaError } from "@medusajs/framework/utils"

type Row = { id: string } & Record<string, unknown>

/**
 * For an update's undo: each record's values of the fields the update sends,
 * read before it. Answers 404 (naming `what`) when an id has no live record,
 * so an update never half-applies.
 */
export function previousValues<T extends { id: string }>(what: string, before: Row[], updates: T[]): Row[] {
  return updates.map((update) => {
    const row = before.find((b) => b.id === update.id)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${update.id} was not found`)
    return Object.fromEntries(Object.keys(update).map((k) => [k, row[k]])) as Row
  })
}

/** 404 (naming `what`) unless every id has a live record, before a delete writes anything. */
export function ensureFound(what: string, ids: string[], rows: { id: string }[]) {
  const missing = ids.filter((id) => !rows.some((r) => r.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${missing.join(", ")} was not found`)
}
