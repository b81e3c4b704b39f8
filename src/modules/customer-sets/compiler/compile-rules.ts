import {
  isRuleGroup,
  SET_FIELDS,
  type SetCondition,
  type SetField,
  type SetPeriod,
  type SetRule,
  type SetRuleGroup,
} from "../../../types/customer-sets"
import { foldedKey } from "../../../lib/text"

/** SQL with knex-style `?` placeholders, and the values that fill them, in order. Never a value in the text. */
export type CompiledSql = { sql: string; bindings: unknown[] }

export type CompileOptions = {
  /** the moment ages, windows and days since the last order are measured from (an injectable clock) */
  now: Date
  /** only these customers (re-evaluating the customers an event touched) */
  customer_ids?: string[]
}

export type CompiledSet = {
  /** the members' customer ids (ordered by id when a page is asked, `limit`/`offset` bound last) */
  select: CompiledSql
  /** `count` (an integer) of the members */
  count: CompiledSql
}

const DAY_MS = 86_400_000

/** Optional joins a condition may need: each appears once however many conditions read it. */
const JOINS = {
  profile: "LEFT JOIN crm_profile p ON p.customer_id = fc.customer_id AND p.deleted_at IS NULL",
  account: "LEFT JOIN loyalty_account la ON la.customer_id = fc.customer_id AND la.deleted_at IS NULL",
} as const
type Join = keyof typeof JOINS

/** A fragment of the WHERE clause being built: its SQL, its bindings, the joins it reads. */
class Fragment {
  readonly bindings: unknown[] = []
  readonly joins = new Set<Join>()
}

/**
 * Compiles a (validated) rule tree to one parameterised query over the
 * plugin's own tables: the customers of `facts_customer` (every known,
 * not deleted customer) for whom the tree holds. Profiles and loyalty accounts
 * are joined (one row each per customer); what a customer has many of (tags,
 * items bought) is a semi-join (or an anti-join) on a subquery, and sums over
 * a window (spend, orders, points) a subquery correlated on her, which
 * Postgres tests only for the customers her other conditions let through.
 */
export function compileRules(rules: SetRuleGroup, options: CompileOptions, page?: { limit?: number; offset?: number }): CompiledSet {
  const where = new Fragment()
  const clause = compileGroup(rules, where, options.now)
  const from = ["FROM facts_customer fc", ...[...where.joins].map((j) => JOINS[j])].join("\n")
  const conditions = [`fc.deleted_at IS NULL`, `(${clause})`]
  const bindings = [...where.bindings]
  if (options.customer_ids) {
    conditions.push(`fc.customer_id = ANY(?::text[])`)
    bindings.push(options.customer_ids)
  }
  const body = `${from}\nWHERE ${conditions.join("\n  AND ")}`
  // a page is ordered (stable pages); the whole set, which materialising diffs, needs no sort
  const select: CompiledSql = { sql: `SELECT fc.customer_id\n${body}${page ? "\nORDER BY fc.customer_id" : ""}`, bindings: [...bindings] }
  if (page?.limit !== undefined) {
    select.sql += `\nLIMIT ?`
    select.bindings.push(page.limit)
  }
  if (page?.offset) {
    select.sql += `\nOFFSET ?`
    select.bindings.push(page.offset)
  }
  return { select, count: { sql: `SELECT count(*)::int AS count\n${body}`, bindings } }
}

const testsAny = (rules: SetRuleGroup, test: (condition: SetCondition) => boolean): boolean =>
  rules.rules.some((rule) => (isRuleGroup(rule) ? testsAny(rule, test) : test(rule)))

/**
 * Whether the tree's answer moves with no event the sets hear: the clock
 * (ages, birthdays, windows, days since) and the points balance (redeemed,
 * adjusted, expired without an order). The hourly pass re-evaluates those.
 */
export function dependsOnClock(rules: SetRuleGroup): boolean {
  return testsAny(rules, (c) => ["age", "days_since_last_order", "birthday_month", "points_balance"].includes(c.field) || !!c.period)
}

/** Whether the tree tests the behaviour classes, re-evaluated after every scoring run. */
export function dependsOnBehaviour(rules: SetRuleGroup): boolean {
  return testsAny(rules, (c) => c.field === "behaviour_class" || c.field === "behaviour_group")
}

function compileGroup(group: SetRuleGroup, out: Fragment, now: Date): string {
  // an empty AND holds for everyone, an empty OR for no one (the rule builder starts empty)
  if (!group.rules.length) return group.combinator === "and" ? "TRUE" : "FALSE"
  const parts = group.rules.map((rule: SetRule) => (isRuleGroup(rule) ? compileGroup(rule, out, now) : compileCondition(rule, out, now)))
  return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(group.combinator === "and" ? " AND " : " OR ")
}

type Comparison = { test: (x: number) => boolean; sql: (expression: string) => string; values: number[] }

/** `x >= v`, `x <= v`, `x = v`, `x BETWEEN a AND b`, with a JS twin to know whether 0 (no rows) passes. */
function comparison(operator: SetCondition["operator"], value: SetCondition["value"]): Comparison {
  if (operator === "between") {
    const [min, max] = value as [number, number]
    return { test: (x) => x >= min && x <= max, sql: (e) => `${e} BETWEEN ? AND ?`, values: [min, max] }
  }
  const v = value as number
  if (operator === "gte") return { test: (x) => x >= v, sql: (e) => `${e} >= ?`, values: [v] }
  if (operator === "lte") return { test: (x) => x <= v, sql: (e) => `${e} <= ?`, values: [v] }
  return { test: (x) => x === v, sql: (e) => `${e} = ?`, values: [v] }
}

/**
 * A condition on a figure kept one row per customer (her spend in a
 * currency): `source` selects the `customer_id`s of the rows to test. When no
 * row (0) fails the test, the members are those whose row passes; when 0
 * passes, everyone but those whose row fails it.
 */
function kept(out: Fragment, source: CompiledSql, figure: string, compare: Comparison): string {
  const zeroPasses = compare.test(0)
  out.bindings.push(...source.bindings, ...compare.values)
  return member(`${source.sql} AND ${zeroPasses ? `NOT (${compare.sql(figure)})` : compare.sql(figure)}`, zeroPasses)
}

/**
 * A condition on a figure summed over her rows in a window (spend, orders,
 * points): a subquery correlated on her id, 0 without rows. Postgres tests it
 * last among her cheaper conditions, through the (customer, date) index, so
 * only the customers the rest of the set lets through are summed, rather than
 * every customer's rows being grouped first.
 */
function summed(out: Fragment, source: CompiledSql, figure: string, compare: Comparison): string {
  out.bindings.push(...source.bindings, ...compare.values)
  return compare.sql(`COALESCE((SELECT ${figure} ${source.sql}), 0)`)
}

/**
 * Her id among a subquery's `customer_id`s: IN (a semi-join, or a hashed
 * subplan under OR); the negation as NOT EXISTS, an anti-join, never NOT IN
 * (whose subplan may rescan the subquery once a customer).
 */
function member(subquery: string, negate: boolean) {
  return negate
    ? `NOT EXISTS (SELECT 1 FROM (${subquery}) m WHERE m.customer_id = fc.customer_id)`
    : `fc.customer_id IN (${subquery})`
}

function periodSql(period: SetPeriod | undefined, column: string, now: Date): CompiledSql {
  if (!period) return { sql: "", bindings: [] }
  if ("last_days" in period) {
    return { sql: ` AND ${column} >= ? AND ${column} <= ?`, bindings: [new Date(now.getTime() - period.last_days * DAY_MS), now] }
  }
  // whole days, in UTC: from the start of `from` to the end of `to`
  const end = new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS)
  return { sql: ` AND ${column} >= ? AND ${column} < ?`, bindings: [new Date(`${period.from}T00:00:00Z`), end] }
}

/** `column = ANY(list)` or, for not_in, its value is known and not in the list. */
function inList(out: Fragment, column: string, operator: SetCondition["operator"], values: unknown[], type: "text" | "int") {
  out.bindings.push(values)
  return operator === "not_in" ? `${column} <> ALL(?::${type}[])` : `${column} = ANY(?::${type}[])`
}

/** Tags / products / collections: any, all or none of the ids among her rows of `source` (selecting customer_id and `item`). */
function many(out: Fragment, source: CompiledSql, operator: SetCondition["operator"], ids: string[]): string {
  const distinct = [...new Set(ids)]
  if (operator === "all") {
    out.bindings.push(...source.bindings, distinct, distinct.length)
    return member(`${source.sql} AND item = ANY(?::text[]) GROUP BY 1 HAVING count(DISTINCT item) = ?`, false)
  }
  out.bindings.push(...source.bindings, distinct)
  return member(`${source.sql} AND item = ANY(?::text[])`, operator === "none")
}

/** The birthday (text YYYY-MM-DD) of someone who turns `years` on `now`'s day: born on or before it, she is that old. */
function bornBy(now: Date, years: number) {
  const day = now.toISOString().slice(4, 10)
  return `${String(now.getUTCFullYear() - years).padStart(4, "0")}${day}`
}

const COMPILERS: Record<SetField, (c: SetCondition, out: Fragment, now: Date) => string> = {
  birthday_month: (c, out) => {
    out.joins.add("profile")
    return inList(out, "substr(p.birthday, 6, 2)::int", c.operator, c.value as number[], "int")
  },
  age: (c, out, now) => {
    out.joins.add("profile")
    // compared as text: "2004-02-29" <= "2026-02-28" holds for a YYYY-MM-DD birthday, leap days included
    const atLeast = (years: number) => (out.bindings.push(bornBy(now, years)), `p.birthday <= ?`)
    const atMost = (years: number) => (out.bindings.push(bornBy(now, years + 1)), `p.birthday > ?`)
    if (c.operator === "gte") return atLeast(c.value as number)
    if (c.operator === "lte") return atMost(c.value as number)
    const [min, max] = c.operator === "between" ? (c.value as [number, number]) : [c.value as number, c.value as number]
    return `${atLeast(min)} AND ${atMost(max)}`
  },
  gender: (c, out) => (out.joins.add("profile"), inList(out, "p.gender", c.operator, c.value as string[], "text")),
  skin_type: (c, out) => (out.joins.add("profile"), inList(out, "p.skin_type", c.operator, c.value as string[], "text")),
  source: (c, out) => (out.joins.add("profile"), inList(out, "p.source_id", c.operator, c.value as string[], "text")),
  city: (c, out) => inList(out, "fc.city_key", c.operator, (c.value as string[]).map(foldedKey), "text"),
  country: (c, out) => inList(out, "fc.country_code", c.operator, (c.value as string[]).map((v) => v.trim().toLowerCase()), "text"),
  tier: (c, out) => {
    out.joins.add("account")
    if (c.operator !== "at_least") return inList(out, "la.tier_id", c.operator, c.value as string[], "text")
    out.bindings.push((c.value as string[])[0])
    return `la.tier_id IN (SELECT t.id FROM loyalty_tier t WHERE t.deleted_at IS NULL
      AND t.rank >= (SELECT r.rank FROM loyalty_tier r WHERE r.id = ? AND r.deleted_at IS NULL))`
  },
  tags: (c, out) =>
    many(out, { sql: `SELECT customer_id FROM (SELECT ct.customer_id, ct.tag_id AS item FROM crm_customer_tag ct WHERE ct.deleted_at IS NULL) t WHERE TRUE`, bindings: [] }, c.operator, c.value as string[]),
  total_spend: (c, out, now) => {
    const compare = comparison(c.operator, c.value)
    if (!c.period) {
      const source = { sql: `SELECT s.customer_id FROM facts_customer_spend s WHERE s.deleted_at IS NULL AND s.currency_code = ?`, bindings: [c.currency_code] }
      return kept(out, source, "s.net_spend", compare)
    }
    const period = periodSql(c.period, "o.placed_at", now)
    const source = {
      sql: `FROM facts_order o WHERE o.customer_id = fc.customer_id AND o.deleted_at IS NULL AND o.counted AND o.currency_code = ?${period.sql}`,
      bindings: [c.currency_code, ...period.bindings],
    }
    return summed(out, source, "sum(o.net_spend)", compare)
  },
  order_count: (c, out, now) => {
    const compare = comparison(c.operator, c.value)
    if (!c.period) {
      out.bindings.push(...compare.values)
      return compare.sql("fc.orders_count")
    }
    const period = periodSql(c.period, "o.placed_at", now)
    const source = {
      sql: `FROM facts_order o WHERE o.customer_id = fc.customer_id AND o.deleted_at IS NULL AND o.counted${period.sql}`,
      bindings: period.bindings,
    }
    return summed(out, source, "count(*)", compare)
  },
  days_since_last_order: (c, out, now) => {
    // whole days: N days since ⇔ the last order was between N and N+1 days before now
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS)
    const atLeast = (days: number) => (out.bindings.push(daysAgo(days)), `fc.last_order_at <= ?`)
    const atMost = (days: number) => (out.bindings.push(daysAgo(days + 1)), `fc.last_order_at > ?`)
    if (c.operator === "gte") return atLeast(c.value as number)
    if (c.operator === "lte") return atMost(c.value as number)
    const [min, max] = c.operator === "between" ? (c.value as [number, number]) : [c.value as number, c.value as number]
    return `${atLeast(min)} AND ${atMost(max)}`
  },
  bought_product: (c, out, now) => many(out, boughtSource("product_id", c.period, now), c.operator, c.value as string[]),
  bought_collection: (c, out, now) => many(out, boughtSource("collection_id", c.period, now), c.operator, c.value as string[]),
  behaviour_class: (c, out) => inList(out, "fc.behaviour_class", c.operator, c.value as string[], "text"),
  behaviour_group: (c, out) => inList(out, "fc.behaviour_group", c.operator, c.value as string[], "text"),
  points_balance: (c, out) => {
    // no account, no points: 0
    out.joins.add("account")
    const source = { sql: `FROM loyalty_points_entry e WHERE e.account_id = la.id AND e.deleted_at IS NULL`, bindings: [] }
    return summed(out, source, "sum(e.points)", comparison(c.operator, c.value))
  },
}

/** What she bought and kept (not all returned), on counted orders, in the period when one is given. */
function boughtSource(column: "product_id" | "collection_id", period: SetPeriod | undefined, now: Date): CompiledSql {
  const window = periodSql(period, "i.placed_at", now)
  return {
    sql: `SELECT customer_id FROM (SELECT i.customer_id, i.${column} AS item FROM facts_order_item i
      WHERE i.deleted_at IS NULL AND i.counted AND i.customer_id IS NOT NULL AND i.quantity > i.returned_quantity${window.sql}) b WHERE TRUE`,
    bindings: window.bindings,
  }
}

function compileCondition(condition: SetCondition, out: Fragment, now: Date): string {
  if (!Object.prototype.hasOwnProperty.call(SET_FIELDS, condition.field)) throw new Error(`unknown field ${condition.field}`)
  return COMPILERS[condition.field](condition, out, now)
}
