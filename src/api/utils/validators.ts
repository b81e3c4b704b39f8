import { z } from "@medusajs/framework/zod"
import { DATE_RANGE, inDateRange, isCalendarDate, isIsoDateTime } from "../../lib/dates"
import { cleanName, textProblem } from "../../lib/text"

/*
 * The building blocks every body and query of the plugin is made of, so that
 * no input reaches the database unless it can be stored as it was meant:
 * text without NUL or broken Unicode, dates that exist and that Postgres can
 * hold, numbers within sane bounds, JSON of bounded depth and size.
 *
 * Medusa prints the path of zod's built-in issues but only the message of
 * custom ones, so custom messages name their field themselves: `fieldError`
 * builds the message when the issue is final, from its full path
 * ("profile.notes: …" inside a lead, "notes: …" on its own).
 */

type Issue = { path?: PropertyKey[]; input?: unknown }

/**
 * What each building block takes, as its schema's description: the hostile-input
 * test reads it to send every field the inputs that must be refused for its kind.
 */
export const INPUT_KIND = {
  text: "text",
  id: "id",
  ids: "ids",
  date: "date",
  dateTime: "date-time",
  number: "number",
  numberMap: "number-map",
  json: "json",
} as const

const pathOf = (issue: Issue) => (issue.path?.length ? issue.path.map(String).join(".") : "body")

/** A problem inside a field: `at` is the path within it ("vnd", "a.b"). */
export type Problem = string | { at: string; problem: string }

/** A custom issue's message naming the field it is about ("earn_rates.vnd: …"). */
export const fieldError = (problem: Problem | ((input: unknown) => Problem)) => ({
  error: (issue: Issue) => {
    const found = typeof problem === "function" ? problem(issue.input) : problem
    const path = pathOf(issue)
    return typeof found === "string" ? `${path}: ${found}` : `${path}.${found.at}: ${found.problem}`
  },
})

const storable = (schema: z.ZodString) =>
  schema.refine((v) => textProblem(v) === null, fieldError((v) => textProblem(v as string) ?? "is not valid text"))

/** Free text: storable, composed (NFC), trimmed, `min`–`max` characters. */
export const text = ({ max, min = 0 }: { max: number; min?: number }) =>
  storable(z.string())
    .transform((v) => v.normalize("NFC").trim())
    .pipe(z.string().min(min).max(max))
    .describe(INPUT_KIND.text)

/** Optional free text: null or absent clears or keeps it. */
export const optionalText = (max = 500) => text({ max }).nullish()

/**
 * A name people tell apart by reading it (a tag, a source, a tier): clean
 * (see cleanName: NFC, no invisible characters, single spaces), 1–`max` characters.
 */
export const name = ({ max }: { max: number }) =>
  storable(z.string())
    .transform(cleanName)
    .pipe(z.string().min(1).max(max))
    .describe(INPUT_KIND.text)

/** The id of a record (Medusa's `cus_01H…`, ours `crmtag_01H…`): letters, digits, _ and -. */
export const id = () =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, fieldError("expected an id such as cus_01HZX…"))
    .describe(INPUT_KIND.id)

/** Query-string lists arrive as `a` or `a,b` or `a[]=…`: always give an array of ids. */
export const idList = (max = 200) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(id()).max(max)).describe(INPUT_KIND.ids)

const today = () => new Date().toISOString().slice(0, 10)

/**
 * A calendar date as YYYY-MM-DD that exists, between 1900 and 2199, or up to
 * today with `past` (a birthday).
 */
export const isoDate = ({ past = false }: { past?: boolean } = {}) =>
  z
    .string()
    .refine(isCalendarDate, fieldError("expected a real date written YYYY-MM-DD"))
    .refine(
      (v) => inDateRange(v, past ? today() : DATE_RANGE.max),
      fieldError(() => `expected a date from ${DATE_RANGE.min} to ${past ? "today" : DATE_RANGE.max}`)
    )
    .describe(INPUT_KIND.date)

/** A moment given as an ISO-8601 date-time with its time zone, within DATE_RANGE, as a Date. */
export const isoDateTime = () =>
  z
    .string()
    .refine(isIsoDateTime, fieldError("expected an ISO-8601 date-time with a time zone, such as 2025-03-01T09:30:00+07:00"))
    .refine(inDateRange, fieldError(`expected a date-time from ${DATE_RANGE.min} to ${DATE_RANGE.max}`))
    .transform((v) => new Date(v))
    .describe(INPUT_KIND.dateTime)

export type NumberBounds = { min: number; max: number; above?: boolean; places?: number }

/** Why `value` is not a number within `bounds` (above or from `min`, to `max`, at most `places` decimals), or null. */
export function numberProblem(value: unknown, { min, max, above = false, places = 4 }: NumberBounds): string | null {
  if (typeof value !== "number" || !Number.isFinite(value) || (above ? value <= min : value < min) || value > max) {
    return `expected a number ${above ? "above" : "of at least"} ${min} and at most ${max}`
  }
  return Number(value.toFixed(places)) === value ? null : `expected at most ${places} decimals`
}

/** A decimal number within `bounds`: money in major units (VND has none, USD two), rates, multipliers. */
export const decimal = (bounds: NumberBounds) =>
  z
    .number()
    .refine((v) => numberProblem(v, bounds) === null, fieldError((v) => numberProblem(v, bounds) ?? "is not a number"))
    .describe(INPUT_KIND.number)

/**
 * A map of decimals keyed by `key` (a currency code, a collection id):
 * { vnd: 10000, usd: 1 }. Each key and amount is named when it is wrong.
 */
export const decimalMap = (
  bounds: NumberBounds,
  key: { test: (k: string) => boolean; expected: string; empty?: string }
) =>
  z
    .record(z.string(), z.unknown())
    .refine((map) => !key.empty || Object.keys(map).length > 0, fieldError(key.empty ?? ""))
    .refine(
      (map) => Object.keys(map).every(key.test),
      fieldError((map) => ({ at: Object.keys(map as object).find((k) => !key.test(k))!, problem: key.expected }))
    )
    .refine(
      (map) => Object.values(map).every((v) => numberProblem(v, bounds) === null),
      fieldError((map) => {
        const [at, value] = Object.entries(map as object).find(([, v]) => numberProblem(v, bounds) !== null)!
        return { at, problem: numberProblem(value, bounds)! }
      })
    )
    .describe(INPUT_KIND.numberMap) as unknown as z.ZodType<Record<string, number>>

/** Why a JSON value cannot be stored, with where inside it, or null when it can. */
function jsonProblem(value: unknown, limits: { depth: number; bytes: number }): Problem | null {
  const walk = (v: unknown, path: string, depth: number): Problem | null => {
    const here = (problem: string): Problem => (path ? { at: path, problem } : problem)
    if (typeof v === "string") {
      const problem = textProblem(v)
      return problem ? here(problem) : null
    }
    if (typeof v === "number") return Number.isFinite(v) ? null : here("must be a finite number")
    if (v === null || typeof v === "boolean") return null
    if (depth >= limits.depth) return here(`is nested deeper than ${limits.depth} levels`)
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as object)
    for (const [key, x] of entries) {
      const keyProblem = textProblem(key)
      if (keyProblem) return here(`has a key that ${keyProblem}`)
      const problem = walk(x, path ? `${path}.${key}` : key, depth + 1)
      if (problem) return problem
    }
    return null
  }
  const problem = walk(value, "", 0)
  if (problem) return problem
  const bytes = Buffer.byteLength(JSON.stringify(value))
  return bytes > limits.bytes ? `is ${bytes} bytes long, at most ${limits.bytes} are kept` : null
}

/**
 * A JSON object (metadata, custom-field values) that can be stored: text in
 * it is storable, at most `depth` levels deep and `bytes` long.
 */
export const jsonObject = (limits: { depth?: number; bytes?: number } = {}) => {
  const bounds = { depth: limits.depth ?? 5, bytes: limits.bytes ?? 16_384 }
  return z
    .record(z.string(), z.unknown())
    .refine((v) => jsonProblem(v, bounds) === null, fieldError((v) => jsonProblem(v, bounds) ?? "is not storable JSON"))
    .describe(INPUT_KIND.json)
}

/** A page of a list: `limit` (1–`max`) and `offset`. */
export const page = ({ limit = 20, max = 100 }: { limit?: number; max?: number } = {}) => ({
  limit: z.coerce.number().int().min(1).max(max).default(limit),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
})

/**
 * Medusa's `?fields=` (`a,+b,-c`), limited to `allowed`: an unknown field is a
 * 400 naming it rather than silently dropped.
 */
export const fieldSelection = (allowed: readonly string[]) =>
  text({ max: 2_000 }).refine(
    (v) => v.split(",").every((f) => !f.trim() || allowed.includes(f.trim().replace(/^[+-]/, ""))),
    fieldError((v) => {
      const unknown = String(v).split(",").map((f) => f.trim().replace(/^[+-]/, "")).filter((f) => f && !allowed.includes(f))
      return `${unknown.map((f) => `"${f}"`).join(", ")} ${unknown.length > 1 ? "are not fields" : "is not a field"} here; use ${allowed.join(", ")}`
    })
  )
