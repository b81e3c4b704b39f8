/**
 * Why a cart refuses points, worded in one place: the server's 400 message is
 * `points: ` + one of these, filled in, and the storefront reads the reason
 * and its figures back from the message (the js-sdk's error keeps only the
 * message) to say it in the shopper's language.
 */
export const POINTS_REFUSALS = {
  not_whole: "expected a positive whole number of points, got {points}",
  currency: "points can't be spent in {currency}",
  below_minimum: "at least {min} points must be used at a time, {points} were asked for",
  over_balance: "only {spendable} points are available, {points} were asked for",
  over_share: "at most {max} points can be used on this cart ({percent}% of its total), {points} were asked for",
  not_hers: "the points on this cart are not its customer's; apply them again",
} as const

export type PointsRefusal = keyof typeof POINTS_REFUSALS
export type RefusalFigures = Record<string, string | number>

/** The server's message for `reason`, e.g. "points: only 40 points are available, 100 were asked for". */
export function pointsRefusal(reason: PointsRefusal, figures: RefusalFigures = {}) {
  return `points: ${POINTS_REFUSALS[reason].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in figures ? String(figures[name]) : whole
  )}`
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const READERS = (Object.keys(POINTS_REFUSALS) as PointsRefusal[]).map((reason) => {
  const names: string[] = []
  const pattern = escape(POINTS_REFUSALS[reason]).replace(/\\\{(\w+)\\\}/g, (_, name: string) => {
    names.push(name)
    return "(.+?)"
  })
  return { reason, names, regex: new RegExp(`^points: ${pattern}$`) }
})

/** The reason and figures of a refusal message, or null for any other message. */
export function readPointsRefusal(message: string): { reason: PointsRefusal; figures: RefusalFigures } | null {
  for (const { reason, names, regex } of READERS) {
    const match = regex.exec(message)
    if (match) return { reason, figures: Object.fromEntries(names.map((n, i) => [n, match[i + 1]])) }
  }
  return null
}
