import { z } from "@medusajs/framework/zod"
import { nameKey } from "../../../../lib/text"
import { DATE_RANGE, inDateRange, isCalendarDate, isIsoDateTime } from "../../../../lib/dates"
import { fieldError, INPUT_KIND, name, optionalText, page, text } from "../../../utils/validators"

export const AdminCreateCrmSource = z
  .object({
    name: name({ max: 100 }),
    description: optionalText(500),
  })
  .strict()

export type AdminCreateCrmSourceType = z.infer<typeof AdminCreateCrmSource>

export const AdminUpdateCrmSource = AdminCreateCrmSource.partial().strict()

export type AdminUpdateCrmSourceType = z.infer<typeof AdminUpdateCrmSource>

// `q` is matched against the folded names: "FACEBOOK" finds "Facebook"
export const AdminCrmSourcesParams = z
  .object({ q: text({ min: 1, max: 100 }).transform(nameKey).optional(), ...page({ limit: 50 }) })
  .strict()

export type AdminCrmSourcesParamsType = z.infer<typeof AdminCrmSourcesParams>

/**
 * A period bound as an ISO date or date-time. A bare date means the whole day
 * (UTC): `to=2025-03-31` includes the 31st.
 */
const periodBound = (bound: "from" | "to") =>
  z
    .string()
    .refine(
      (v) => (isCalendarDate(v) || isIsoDateTime(v)) && inDateRange(v),
      fieldError(`expected an ISO-8601 date (YYYY-MM-DD) or date-time from ${DATE_RANGE.min} to ${DATE_RANGE.max}`)
    )
    .transform((v) =>
      isCalendarDate(v) ? new Date(`${v}T${bound === "from" ? "00:00:00.000" : "23:59:59.999"}Z`) : new Date(v)
    )
    .describe(INPUT_KIND.dateTime)

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
