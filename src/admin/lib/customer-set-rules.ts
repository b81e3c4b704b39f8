import {
  isRuleGroup,
  SET_FIELDS,
  type SetCondition,
  type SetField,
  type SetOperator,
  type SetRule,
  type SetRuleGroup,
} from "../../types/customer-sets"

/** The rule builder's starting point: every customer, until a condition is added. */
export const emptyRuleGroup = (combinator: SetRuleGroup["combinator"] = "and"): SetRuleGroup => ({
  combinator,
  rules: [],
})

const isNumberOperator = (operator: SetOperator) => ["gte", "lte", "eq", "between"].includes(operator)

/** The value a condition starts with when its field or operator is picked. */
export const startingValue = (operator: SetOperator): SetCondition["value"] => {
  if (isNumberOperator(operator)) return operator === "between" ? [0, 0] : 0
  return []
}

/** A new condition on a field, with the field's first operator. */
export const newCondition = (field: SetField, defaultCurrency?: string): SetCondition => {
  const definition = SET_FIELDS[field]
  const operator = definition.operators[0]
  return {
    field,
    operator,
    value: startingValue(operator),
    ...("currency" in definition && definition.currency ? { currency_code: defaultCurrency ?? "" } : {}),
  }
}

/**
 * Whether a condition says enough to be counted: a choice made, numbers
 * entered, the currency named. The server checks the rest and names what is wrong.
 */
export const isConditionComplete = (condition: SetCondition) => {
  const definition = SET_FIELDS[condition.field]
  if ("currency" in definition && definition.currency && !condition.currency_code) return false
  const { value } = condition
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => v !== "" && v !== null)
  return typeof value === "number" && Number.isFinite(value)
}

export const isRuleTreeComplete = (rule: SetRule): boolean =>
  isRuleGroup(rule) ? rule.rules.every(isRuleTreeComplete) : isConditionComplete(rule)

export const countConditions = (rule: SetRule): number =>
  isRuleGroup(rule) ? rule.rules.reduce((sum, r) => sum + countConditions(r), 0) : 1
