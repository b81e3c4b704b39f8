/** What a date the plugin stores may be: one a spa can mean, well inside Postgres' range. */
export const DATE_RANGE = { min: "1900-01-01", max: "2199-12-31" } as const

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

/** Whether y-m-d (h:m:s) names a moment that exists: no 30 February, no 25:00. */
function exists(y: number, m: number, d: number, h = 0, min = 0, s = 0) {
  const date = new Date(Date.UTC(y, m - 1, d, h, min, s))
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === min &&
    date.getUTCSeconds() === s
  )
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === "string" ? DATE.exec(value) : null
  return !!m && exists(+m[1], +m[2], +m[3])
}

/** Whether `value` is an ISO-8601 date-time with its time zone, that exists. */
export function isIsoDateTime(value: unknown): value is string {
  const m = typeof value === "string" ? DATE_TIME.exec(value) : null
  return !!m && exists(+m[1], +m[2], +m[3], +m[4], +m[5], +(m[6] ?? 0))
}

/** Whether the day of a date or date-time (its first 10 characters) is within DATE_RANGE. */
export const inDateRange = (value: string, max: string = DATE_RANGE.max) => value.slice(0, 10) >= DATE_RANGE.min && value.slice(0, 10) <= max
