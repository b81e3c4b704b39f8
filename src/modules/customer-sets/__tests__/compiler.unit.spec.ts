import { compileRules, dependsOnClock, ruleProblem } from "../compiler"
import type { SetCondition, SetRuleGroup } from "../../../types/customer-sets"

const now = new Date("2026-12-02T10:00:00Z")
const DAY = 86_400_000
const and = (...rules: SetRuleGroup["rules"]): SetRuleGroup => ({ combinator: "and", rules })
const where = (condition: SetCondition) => {
  const { select } = compileRules(and(condition), { now })
  return { sql: select.sql, bindings: select.bindings }
}
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("customer set compiler", () => {
  it("selects customer ids from facts_customer, never a value in the SQL text", () => {
    const compiled = compileRules(
      and({ field: "gender", operator: "in", value: ["female"] }, { field: "tags", operator: "any", value: ["crmtag_1"] }),
      { now },
      { limit: 10, offset: 20 }
    )
    expect(compiled.select.sql).toMatch(/^SELECT fc\.customer_id\nFROM facts_customer fc/)
    expect(compiled.select.sql).toContain("fc.deleted_at IS NULL")
    expect(compiled.select.sql).not.toContain("female")
    expect(compiled.select.sql).not.toContain("crmtag_1")
    expect(compiled.select.bindings).toEqual([["female"], ["crmtag_1"], 10, 20])
    expect(placeholders(compiled.select.sql)).toBe(compiled.select.bindings.length)
    expect(compiled.count.sql).toMatch(/^SELECT count\(\*\)::int AS count/)
    expect(compiled.count.bindings).toEqual([["female"], ["crmtag_1"]])
  })

  it("joins the profile and the account once, however many conditions read them", () => {
    const { select } = compileRules(
      and(
        { field: "gender", operator: "in", value: ["female"] },
        { field: "skin_type", operator: "not_in", value: ["oily"] },
        { field: "tier", operator: "in", value: ["lytier_1"] },
        { field: "tier", operator: "not_in", value: ["lytier_2"] }
      ),
      { now }
    )
    expect(select.sql.match(/JOIN crm_profile/g)).toHaveLength(1)
    expect(select.sql.match(/JOIN loyalty_account/g)).toHaveLength(1)
    expect(select.sql).toContain("p.skin_type <> ALL(?::text[])")
  })

  it("restricts to some customers when asked (one customer's re-evaluation)", () => {
    const { select, count } = compileRules(and(), { now, customer_ids: ["cus_1"] })
    expect(select.sql).toContain("(TRUE)")
    expect(select.sql).toContain("fc.customer_id = ANY(?::text[])")
    expect(select.bindings).toEqual([["cus_1"]])
    expect(count.bindings).toEqual([["cus_1"]])
  })

  it("combines groups with AND and OR, nested", () => {
    const { select } = compileRules(
      {
        combinator: "or",
        rules: [
          { field: "birthday_month", operator: "in", value: [1] },
          and({ field: "order_count", operator: "gte", value: 3 }, { field: "country", operator: "in", value: ["VN"] }),
        ],
      },
      { now }
    )
    expect(select.sql).toContain("(substr(p.birthday, 6, 2)::int = ANY(?::int[])) OR ((fc.orders_count >= ?) AND (fc.country_code = ANY(?::text[])))")
    expect(select.bindings).toEqual([[1], 3, ["vn"]])
  })

  it("compares ages through the birthday text, with now as a binding", () => {
    expect(where({ field: "age", operator: "gte", value: 30 })).toEqual({ sql: expect.stringContaining("(p.birthday <= ?)"), bindings: ["1996-12-02"] })
    expect(where({ field: "age", operator: "lte", value: 30 }).bindings).toEqual(["1995-12-02"])
    expect(where({ field: "age", operator: "between", value: [20, 29] })).toEqual({
      sql: expect.stringContaining("p.birthday <= ? AND p.birthday > ?"),
      bindings: ["2006-12-02", "1996-12-02"],
    })
    expect(where({ field: "age", operator: "eq", value: 40 }).bindings).toEqual(["1986-12-02", "1985-12-02"])
  })

  it("reads days since the last order from facts_customer; a customer who never ordered matches none", () => {
    const { sql, bindings } = where({ field: "days_since_last_order", operator: "gte", value: 90 })
    expect(sql).toContain("fc.last_order_at <= ?")
    expect(bindings).toEqual([new Date(now.getTime() - 90 * DAY)])
    expect(where({ field: "days_since_last_order", operator: "lte", value: 7 }).bindings).toEqual([new Date(now.getTime() - 8 * DAY)])
  })

  it("reads total spend per currency from facts_customer_spend, or from facts_order in a period", () => {
    const all = where({ field: "total_spend", operator: "gte", value: 5_000_000, currency_code: "vnd" })
    expect(all.sql).toContain("fc.customer_id IN (SELECT s.customer_id FROM facts_customer_spend s WHERE s.deleted_at IS NULL AND s.currency_code = ? AND s.net_spend >= ?)")
    expect(all.bindings).toEqual(["vnd", 5_000_000])

    const recent = where({ field: "total_spend", operator: "between", value: [100, 200], currency_code: "usd", period: { last_days: 30 } })
    expect(recent.sql).toContain(
      "COALESCE((SELECT sum(o.net_spend) FROM facts_order o WHERE o.customer_id = fc.customer_id AND o.deleted_at IS NULL AND o.counted AND o.currency_code = ? AND o.placed_at >= ? AND o.placed_at <= ?), 0) BETWEEN ? AND ?"
    )
    expect(recent.bindings).toEqual(["usd", new Date(now.getTime() - 30 * DAY), now, 100, 200])
  })

  it("counts a customer without rows as 0: spend at most X keeps those who spent nothing (an anti-join)", () => {
    const { sql, bindings } = where({ field: "total_spend", operator: "lte", value: 100, currency_code: "usd" })
    expect(sql).toContain("NOT EXISTS (SELECT 1 FROM (SELECT s.customer_id FROM facts_customer_spend s WHERE s.deleted_at IS NULL AND s.currency_code = ? AND NOT (s.net_spend <= ?)) m WHERE m.customer_id = fc.customer_id)")
    expect(bindings).toEqual(["usd", 100])
    const points = where({ field: "points_balance", operator: "lte", value: 0 })
    expect(points.sql).toContain("LEFT JOIN loyalty_account la")
    expect(points.sql).toContain("COALESCE((SELECT sum(e.points) FROM loyalty_points_entry e WHERE e.account_id = la.id AND e.deleted_at IS NULL), 0) <= ?")
  })

  it("counts orders in a period between two dates, whole days in UTC", () => {
    const { sql, bindings } = where({ field: "order_count", operator: "eq", value: 2, period: { from: "2026-01-01", to: "2026-01-31" } })
    expect(sql).toContain("COALESCE((SELECT count(*) FROM facts_order o WHERE o.customer_id = fc.customer_id AND o.deleted_at IS NULL AND o.counted AND o.placed_at >= ? AND o.placed_at < ?), 0) = ?")
    expect(bindings).toEqual([new Date("2026-01-01T00:00:00Z"), new Date("2026-02-01T00:00:00Z"), 2])
  })

  it("tests tags and purchases with any, all and none", () => {
    const any = where({ field: "tags", operator: "any", value: ["crmtag_a", "crmtag_b"] })
    expect(any.sql).toContain("crm_customer_tag ct WHERE ct.deleted_at IS NULL")
    expect(any.sql).toMatch(/fc\.customer_id IN \(SELECT customer_id FROM .* AND item = ANY\(\?::text\[\]\)\)/s)
    const all = where({ field: "tags", operator: "all", value: ["crmtag_a", "crmtag_b", "crmtag_a"] })
    expect(all.sql).toContain("GROUP BY 1 HAVING count(DISTINCT item) = ?")
    expect(all.bindings).toEqual([["crmtag_a", "crmtag_b"], 2])
    expect(where({ field: "tags", operator: "none", value: ["crmtag_a"] }).sql).toContain("NOT EXISTS (SELECT 1 FROM (SELECT customer_id FROM")

    const bought = where({ field: "bought_product", operator: "any", value: ["prod_1"], period: { last_days: 365 } })
    expect(bought.sql).toContain("i.product_id AS item FROM facts_order_item i")
    expect(bought.sql).toContain("i.quantity > i.returned_quantity AND i.placed_at >= ? AND i.placed_at <= ?")
    expect(bought.bindings).toEqual([new Date(now.getTime() - 365 * DAY), now, ["prod_1"]])
    expect(where({ field: "bought_collection", operator: "none", value: ["pcol_1"] }).sql).toContain("i.collection_id AS item")
  })

  it("reads tiers by id, or at least a tier by rank", () => {
    const { sql, bindings } = where({ field: "tier", operator: "at_least", value: ["lytier_gold"] })
    expect(sql).toContain("la.tier_id IN (SELECT t.id FROM loyalty_tier t")
    expect(sql).toContain("t.rank >= (SELECT r.rank FROM loyalty_tier r WHERE r.id = ?")
    expect(bindings).toEqual(["lytier_gold"])
  })

  it("folds cities like facts_customer.city_key, and reads behaviour classes and sources", () => {
    expect(where({ field: "city", operator: "in", value: ["Hà  NỘI", "Đà Nẵng"] })).toEqual({
      sql: expect.stringContaining("fc.city_key = ANY(?::text[])"),
      bindings: [["ha noi", "da nang"]],
    })
    expect(where({ field: "behaviour_class", operator: "in", value: ["champions"] }).sql).toContain("fc.behaviour_class = ANY(?::text[])")
    expect(where({ field: "behaviour_group", operator: "not_in", value: ["lost"] }).sql).toContain("fc.behaviour_group <> ALL(?::text[])")
    expect(where({ field: "source", operator: "in", value: ["crmsrc_1"] }).sql).toContain("p.source_id = ANY(?::text[])")
  })

  it("knows which sets move with the clock alone", () => {
    expect(dependsOnClock(and({ field: "gender", operator: "in", value: ["female"] }))).toBe(false)
    expect(dependsOnClock(and(and({ field: "age", operator: "gte", value: 30 })))).toBe(true)
    expect(dependsOnClock(and({ field: "order_count", operator: "gte", value: 1, period: { last_days: 30 } }))).toBe(true)
  })
})

describe("customer set rule validation", () => {
  const problem = (rules: unknown) => ruleProblem(rules)
  const one = (condition: unknown) => problem({ combinator: "and", rules: [{ field: "gender", operator: "in", value: ["female"] }, condition] })

  it("accepts every field with a well-formed value", () => {
    expect(
      problem(
        and(
          { field: "birthday_month", operator: "in", value: [1, 12] },
          { field: "age", operator: "between", value: [18, 35] },
          { field: "city", operator: "not_in", value: ["Hà Nội"] },
          { field: "tier", operator: "at_least", value: ["lytier_1"] },
          { field: "total_spend", operator: "gte", value: 10.5, currency_code: "usd", period: { from: "2026-01-01", to: "2026-12-31" } },
          { combinator: "or", rules: [{ field: "points_balance", operator: "lte", value: -5 }] }
        )
      )
    ).toBeNull()
  })

  it("names the path of an unknown field or operator", () => {
    expect(one({ field: "shoe_size", operator: "in", value: [1] })).toEqual({ path: "rules.rules[1].field", problem: expect.stringContaining("is not a field") })
    expect(one({ field: "gender", operator: "gte", value: 1 })).toEqual({ path: "rules.rules[1].operator", problem: expect.stringContaining("use in, not_in") })
    expect(one({ field: "gender", operator: "in", value: ["female"], colour: "red" })).toEqual({ path: "rules.rules[1].colour", problem: expect.any(String) })
  })

  it("names a value of the wrong type or shape", () => {
    expect(one({ field: "age", operator: "gte", value: "30" })?.path).toBe("rules.rules[1].value")
    expect(one({ field: "age", operator: "gte", value: 30.5 })?.problem).toBe("expected a whole number")
    expect(one({ field: "age", operator: "between", value: [30, "x"] })?.path).toBe("rules.rules[1].value[1]")
    expect(one({ field: "age", operator: "between", value: [40, 30] })?.problem).toContain("min ≤ max")
    expect(one({ field: "birthday_month", operator: "in", value: [13] })).toEqual({ path: "rules.rules[1].value[0]", problem: expect.stringContaining("is not one of") })
    expect(one({ field: "gender", operator: "in", value: [] })?.problem).toContain("at least one value")
    expect(one({ field: "tags", operator: "any", value: ["bad id!"] })?.path).toBe("rules.rules[1].value[0]")
    expect(one({ field: "tier", operator: "at_least", value: ["a", "b"] })?.problem).toContain("exactly one tier id")
  })

  it("requires a currency on total spend, and a period only where the field takes one", () => {
    expect(one({ field: "total_spend", operator: "gte", value: 1 })?.path).toBe("rules.rules[1].currency_code")
    expect(one({ field: "total_spend", operator: "gte", value: 1, currency_code: "VND" })?.path).toBe("rules.rules[1].currency_code")
    expect(one({ field: "order_count", operator: "gte", value: 1, currency_code: "vnd" })?.problem).toContain("has no currency")
    expect(one({ field: "age", operator: "gte", value: 1, period: { last_days: 3 } })).toEqual({ path: "rules.rules[1].period", problem: "age takes no period" })
    expect(one({ field: "order_count", operator: "gte", value: 1, period: { last_days: 0 } })?.path).toBe("rules.rules[1].period.last_days")
    expect(one({ field: "order_count", operator: "gte", value: 1, period: { from: "2026-02-30", to: "2026-03-01" } })?.path).toBe("rules.rules[1].period.from")
    expect(one({ field: "order_count", operator: "gte", value: 1, period: { from: "2026-03-02", to: "2026-03-01" } })?.path).toBe("rules.rules[1].period.to")
  })

  it("refuses trees too deep or too wide, and groups that are not groups", () => {
    expect(problem([])).toEqual({ path: "rules", problem: expect.stringContaining("expected a group") })
    expect(problem({ combinator: "xor", rules: [] })?.path).toBe("rules.combinator")
    const deep = and(and(and(and(and()))))
    expect(problem(deep)).toEqual({ path: "rules.rules[0].rules[0].rules[0].rules[0]", problem: expect.stringContaining("at most 4 levels") })
    expect(problem(and(and(and(and()))))).toBeNull()
    const wide = { combinator: "and", rules: Array.from({ length: 31 }, () => ({ field: "gender", operator: "in", value: ["female"] })) }
    expect(problem(wide)?.problem).toContain("at most 30")
  })
})
