import { BEHAVIOUR_CLASSES, BEHAVIOUR_GROUPS, type BehaviourClass, type BehaviourGroup, type BehaviourRule } from "../../types/customer-behaviour"

/** One of the 25 (recency, frequency-monetary) cells and the class the table gives it. */
export type BehaviourCell = { recency: number; frequency_monetary: number; class: BehaviourClass; group: BehaviourGroup }

const SCORES = [1, 2, 3, 4, 5]
const inRange = (score: number, [min, max]: [number, number]) => score >= min && score <= max

/**
 * The class table flattened to its grid: each of the 25 cells gets the first
 * rule whose ranges hold it (the table reads in order). Cells no rule holds
 * are left out: see `behaviourRulesProblem`.
 */
export function behaviourGrid(rules: BehaviourRule[]): BehaviourCell[] {
  return SCORES.flatMap((recency) =>
    SCORES.flatMap((frequency_monetary) => {
      const rule = rules.find((r) => inRange(recency, r.recency) && inRange(frequency_monetary, r.frequency_monetary))
      return rule ? [{ recency, frequency_monetary, class: rule.class, group: rule.group }] : []
    })
  )
}

const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5

/**
 * Why a class table cannot be saved, naming the rule and field
 * ("rules.2.recency: …") or the cell no rule covers, or null when it can:
 * 1–20 rules, classes and groups from the lists, each range two whole scores
 * 1–5 with min ≤ max, and every (recency, frequency-monetary) cell covered.
 */
export function behaviourRulesProblem(rules: unknown): string | null {
  if (!Array.isArray(rules) || !rules.length || rules.length > 20) return "rules: expected a list of 1 to 20 rules"
  for (const [i, rule] of rules.entries()) {
    const at = `rules.${i}`
    if (!rule || typeof rule !== "object") return `${at}: expected a rule { class, group, recency, frequency_monetary }`
    const extra = Object.keys(rule).find((k) => !["class", "group", "recency", "frequency_monetary"].includes(k))
    if (extra) return `${at}.${extra}: unknown field`
    if (!BEHAVIOUR_CLASSES.includes(rule.class)) return `${at}.class: expected one of ${BEHAVIOUR_CLASSES.join(", ")}`
    if (!BEHAVIOUR_GROUPS.includes(rule.group)) return `${at}.group: expected one of ${BEHAVIOUR_GROUPS.join(", ")}`
    for (const field of ["recency", "frequency_monetary"] as const) {
      const range = rule[field]
      if (!Array.isArray(range) || range.length !== 2 || !range.every(isScore)) {
        return `${at}.${field}: expected [min, max], whole scores from 1 to 5`
      }
      if (range[0] > range[1]) return `${at}.${field}: min (${range[0]}) is above max (${range[1]})`
    }
  }
  const covered = new Set(behaviourGrid(rules).map((c) => `${c.recency},${c.frequency_monetary}`))
  for (const recency of SCORES) {
    for (const fm of SCORES) {
      if (!covered.has(`${recency},${fm}`)) {
        return `rules: no rule covers recency ${recency} with frequency-monetary ${fm}`
      }
    }
  }
  return null
}
