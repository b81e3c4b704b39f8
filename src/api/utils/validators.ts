import { z } from "@medusajs/framework/zod"

// Medusa prints the path of zod's built-in issues but only the message of
// custom ones, so custom messages name their field themselves.

/** A calendar date as YYYY-MM-DD that exists (no 30 February). */
export const isoDate = (field: string) =>
  z
    .string()
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `${field}: expected a real date as YYYY-MM-DD`
    )

/** A point in time given as an ISO-8601 string, turned into a Date. */
export const isoDateTime = (field: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), `${field}: expected an ISO-8601 date-time`)
    .transform((v) => new Date(v))

/** Free text, trimmed and bounded; null or absent clears or keeps it. */
export const optionalText = (max = 500) => z.string().trim().max(max).nullish()

/** Query-string lists arrive as `a` or `a,b` or `a[]=…`: always give an array. */
export const stringList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
  z.array(z.string().min(1))
)
