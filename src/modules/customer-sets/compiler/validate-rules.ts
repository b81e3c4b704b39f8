import { MedusaError } from "@medusajs/framework/utils"
import { DATE_RANGE, isCalendarDate } from "../../../lib/dates"
import { textProblem } from "../../../lib/text"
import {
  SET_FIELDS,
  SET_RULE_LIMITS,
  type SetFieldDefinition,
  type SetRuleGroup,
} from "../../../types/customer-sets"

/** What is wrong with a rule tree, and where: `rules.rules[1].operator`. */
export type RuleProblem = { path: string; problem: string }

const ID = /^[A-Za-z0-9_-]{1,100}$/
const CURRENCY = /^[a-z]{3}$/
const GROUP_KEYS = ["combinator", "rules"]
const CONDITION_KEYS = ["field", "operator", "value", "currency_code", "period"]
const MAX_LAST_DAYS = 36_500
const MAX_NUMBER = 1e15

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ")

/**
 * Why a rule tree is not one the compiler takes, naming the first wrong place
 * (`null` when it is fine). The one check behind the routes' zod schemas and
 * the module, so a workflow run without a route is checked the same way.
 */
export function ruleProblem(rules: unknown, path = "rules"): RuleProblem | null {
  return groupProblem(rules, path, 1)
}

/** Throws a 400 naming the place when the tree is not valid; answers it typed when it is. */
export function assertValidRules(rules: unknown, path = "rules"): SetRuleGroup {
  const problem = ruleProblem(rules, path)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${problem.path}: ${problem.problem}`)
  return rules as SetRuleGroup
}

function unknownKey(value: Record<string, unknown>, allowed: string[], path: string): RuleProblem | null {
  const extra = Object.keys(value).find((k) => !allowed.includes(k))
  return extra === undefined ? null : { path: `${path}.${extra}`, problem: `is not a key of a rule here; use ${allowed.join(", ")}` }
}

function groupProblem(group: unknown, path: string, depth: number): RuleProblem | null {
  if (!isObject(group)) return { path, problem: "expected a group { combinator: \"and\" | \"or\", rules: [...] }" }
  const extra = unknownKey(group, GROUP_KEYS, path)
  if (extra) return extra
  if (group.combinator !== "and" && group.combinator !== "or") {
    return { path: `${path}.combinator`, problem: "expected \"and\" or \"or\"" }
  }
  if (!Array.isArray(group.rules)) return { path: `${path}.rules`, problem: "expected a list of rules" }
  if (group.rules.length > SET_RULE_LIMITS.rules_per_group) {
    return { path: `${path}.rules`, problem: `holds ${group.rules.length} rules, at most ${SET_RULE_LIMITS.rules_per_group} are allowed in a group` }
  }
  for (const [i, rule] of group.rules.entries()) {
    const at = `${path}.rules[${i}]`
    if (isObject(rule) && "combinator" in rule) {
      if (depth >= SET_RULE_LIMITS.depth) return { path: at, problem: `groups may be nested at most ${SET_RULE_LIMITS.depth} levels deep` }
      const problem = groupProblem(rule, at, depth + 1)
      if (problem) return problem
    } else {
      const problem = conditionProblem(rule, at)
      if (problem) return problem
    }
  }
  return null
}

function conditionProblem(condition: unknown, path: string): RuleProblem | null {
  if (!isObject(condition)) return { path, problem: "expected a condition { field, operator, value } or a group" }
  const extra = unknownKey(condition, CONDITION_KEYS, path)
  if (extra) return extra
  const { field, operator } = condition
  if (typeof field !== "string" || !Object.prototype.hasOwnProperty.call(SET_FIELDS, field)) {
    return { path: `${path}.field`, problem: `is not a field; use ${Object.keys(SET_FIELDS).join(", ")}` }
  }
  const definition: SetFieldDefinition = SET_FIELDS[field as keyof typeof SET_FIELDS]
  if (typeof operator !== "string" || !definition.operators.includes(operator as never)) {
    return { path: `${path}.operator`, problem: `is not an operator of ${field}; use ${definition.operators.join(", ")}` }
  }
  const valueProblem = valueProblemOf(definition, operator, condition.value)
  if (valueProblem) return { path: `${path}.value${valueProblem.at ?? ""}`, problem: valueProblem.problem }

  if (definition.currency) {
    if (typeof condition.currency_code !== "string" || !CURRENCY.test(condition.currency_code)) {
      return { path: `${path}.currency_code`, problem: `${field} is money: name its currency, a lowercase ISO 4217 code such as "vnd"` }
    }
  } else if (condition.currency_code !== undefined) {
    return { path: `${path}.currency_code`, problem: `${field} has no currency` }
  }
  if (condition.period !== undefined) {
    if (!definition.period) return { path: `${path}.period`, problem: `${field} takes no period` }
    const problem = periodProblem(condition.period)
    if (problem) return { path: `${path}.period${problem.at ?? ""}`, problem: problem.problem }
  }
  return null
}

type Found = { at?: string; problem: string } | null

function numberProblem(definition: SetFieldDefinition, value: unknown): string | null {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > MAX_NUMBER) return "expected a number"
  if (definition.integer && !Number.isInteger(value)) return "expected a whole number"
  if (definition.min !== undefined && value < definition.min) return `expected a number of at least ${definition.min}`
  return null
}

function valueProblemOf(definition: SetFieldDefinition, operator: string, value: unknown): Found {
  if (definition.kind === "number") {
    if (operator === "between") {
      if (!Array.isArray(value) || value.length !== 2) return { problem: "expected [min, max]" }
      for (const i of [0, 1]) {
        const problem = numberProblem(definition, value[i])
        if (problem) return { at: `[${i}]`, problem }
      }
      return value[0] <= value[1] ? null : { problem: "expected [min, max] with min ≤ max" }
    }
    const problem = numberProblem(definition, value)
    return problem ? { problem } : null
  }
  if (!Array.isArray(value) || value.length === 0) return { problem: "expected a list of at least one value" }
  if (value.length > SET_RULE_LIMITS.values_per_condition) {
    return { problem: `holds ${value.length} values, at most ${SET_RULE_LIMITS.values_per_condition} are allowed` }
  }
  if (operator === "at_least" && value.length !== 1) return { problem: "expected exactly one tier id: that tier or a higher one" }
  for (const [i, item] of value.entries()) {
    const at = `[${i}]`
    if (definition.kind === "choice") {
      if (!definition.choices!.includes(item as never)) return { at, problem: `is not one of ${list(definition.choices!)}` }
    } else if (definition.kind === "text") {
      if (typeof item !== "string" || !item.trim() || item.length > 200) return { at, problem: "expected a text of 1 to 200 characters" }
      const problem = textProblem(item)
      if (problem) return { at, problem }
    } else if (typeof item !== "string" || !ID.test(item)) {
      return { at, problem: "expected an id such as cus_01HZX…" }
    }
  }
  return null
}

function periodProblem(period: unknown): Found {
  if (!isObject(period)) return { problem: "expected { last_days } or { from, to }" }
  if ("last_days" in period) {
    const extra = Object.keys(period).find((k) => k !== "last_days")
    if (extra) return { at: `.${extra}`, problem: "a period is { last_days } or { from, to }, not both" }
    const days = period.last_days
    return typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= MAX_LAST_DAYS
      ? null
      : { at: ".last_days", problem: `expected a whole number of days from 1 to ${MAX_LAST_DAYS}` }
  }
  const extra = Object.keys(period).find((k) => k !== "from" && k !== "to")
  if (extra) return { at: `.${extra}`, problem: "is not a key of a period; use last_days, or from and to" }
  for (const key of ["from", "to"] as const) {
    const date = period[key]
    if (!isCalendarDate(date) || date < DATE_RANGE.min || date > DATE_RANGE.max) {
      return { at: `.${key}`, problem: `expected a real date written YYYY-MM-DD from ${DATE_RANGE.min} to ${DATE_RANGE.max}` }
    }
  }
  return (period.from as string) <= (period.to as string) ? null : { at: ".to", problem: "expected a date on or after from" }
}
