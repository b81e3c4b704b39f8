/**
 * A tagged template for the reports' SQL: `${value}` becomes a `?` binding,
 * `${sql`…`}` nests a fragment with its bindings, so a statement is written
 * as it reads and no value is ever spliced into the text.
 */
export type Sql = { text: string; bindings: unknown[] }

const isSql = (value: unknown): value is Sql =>
  typeof value === "object" && value !== null && "text" in value && "bindings" in value && Array.isArray((value as Sql).bindings)

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]
  const bindings: unknown[] = []
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text
      bindings.push(...value.bindings)
    } else {
      text += "?"
      bindings.push(value)
    }
    text += strings[i + 1]
  })
  return { text, bindings }
}

/** SQL text written by the code itself (a column, a direction chosen from a fixed list), never from input. */
export const trusted = (text: string): Sql => ({ text, bindings: [] })

/** Fragments joined by a separator. */
export const join = (parts: Sql[], separator = ", "): Sql => ({
  text: parts.map((p) => p.text).join(separator),
  bindings: parts.flatMap((p) => p.bindings),
})
