/** `date` moved by whole calendar months (UTC), e.g. 12 for the points' validity. */
export function addMonths(date: Date, months: number) {
  const moved = new Date(date)
  moved.setUTCMonth(moved.getUTCMonth() + months)
  return moved
}

/** The UTC calendar day of `date` as YYYY-MM-DD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10)
