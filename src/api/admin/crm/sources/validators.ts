import { z } from "@medusajs/framework/zod"
import { optionalText } from "../../../utils/validators"

export const AdminCreateCrmSource = z
  .object({
    name: z.string().trim().min(1).max(100),
    description: optionalText(500),
  })
  .strict()

export type AdminCreateCrmSourceType = z.infer<typeof AdminCreateCrmSource>

export const AdminUpdateCrmSource = AdminCreateCrmSource.partial().strict()

export type AdminUpdateCrmSourceType = z.infer<typeof AdminUpdateCrmSource>

export const AdminCrmSourcesParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminCrmSourcesParamsType = z.infer<typeof AdminCrmSourcesParams>

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A period bound as an ISO date or date-time. A bare date means the whole day
 * (UTC): `to=2025-03-31` includes the 31st.
 */
const periodBound = (field: "from" | "to") =>
  z
    .string()
    .refine((v) => {
      if (DATE_ONLY.test(v)) return new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
      return /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))
    }, `${field}: expected an ISO-8601 date (YYYY-MM-DD) or date-time`)
    .transform((v) =>
      DATE_ONLY.test(v) ? new Date(`${v}T${field === "from" ? "00:00:00.000" : "23:59:59.999"}Z`) : new Date(v)
    )

/** Without bounds: the last 12 months up to now. */
export const AdminCrmSourceStatsParams = z
  .object({ from: periodBound("from").optional(), to: periodBound("to").optional() })
  .strict()
  .transform(({ from, to }) => {
    const end = to ?? new Date()
    const yearBefore = new Date(end)
    yearBefore.setUTCFullYear(end.getUTCFullYear() - 1)
    return { from: from ?? yearBefore, to: end }
  })
  .refine(({ from, to }) => from <= to, { message: "from: must not be after to", path: ["from"] })

export type AdminCrmSourceStatsParamsType = z.infer<typeof AdminCrmSourceStatsParams>
