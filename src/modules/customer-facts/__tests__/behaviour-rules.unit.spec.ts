import { DEFAULT_BEHAVIOUR_RULES, type BehaviourRule } from "../../../types/customer-behaviour"
import { behaviourGrid, behaviourRulesProblem } from "../behaviour-rules"

const without = (cls: string) => DEFAULT_BEHAVIOUR_RULES.filter((r) => r.class !== cls)

describe("behaviour class table", () => {
  it("covers all 25 cells with the default table, each once, by the first rule that holds it", () => {
    expect(behaviourRulesProblem(DEFAULT_BEHAVIOUR_RULES)).toBeNull()
    const grid = behaviourGrid(DEFAULT_BEHAVIOUR_RULES)
    expect(grid).toHaveLength(25)
    const at = (r: number, fm: number) => grid.find((c) => c.recency === r && c.frequency_monetary === fm)?.class
    expect([at(5, 5), at(5, 1), at(4, 1), at(3, 3), at(1, 5), at(2, 3), at(1, 1), at(4, 4)]).toEqual([
      "champions",
      "new",
      "promising",
      "need_attention",
      "cant_lose",
      "at_risk",
      "lost",
      "loyal",
    ])
  })

  it("lets an earlier rule win a cell a later one also holds", () => {
    const rules: BehaviourRule[] = [{ class: "lost", group: "lost", recency: [1, 5], frequency_monetary: [1, 5] }, ...DEFAULT_BEHAVIOUR_RULES]
    expect(new Set(behaviourGrid(rules).map((c) => c.class))).toEqual(new Set(["lost"]))
  })

  it("names the first cell no rule covers", () => {
    expect(behaviourRulesProblem(without("new"))).toBe("rules: no rule covers recency 5 with frequency-monetary 1")
    expect(behaviourRulesProblem(without("need_attention"))).toBe("rules: no rule covers recency 3 with frequency-monetary 3")
  })

  it("names the rule and field of a range out of 1–5, reversed, or of the wrong shape", () => {
    const change = (i: number, patch: Record<string, unknown>) =>
      DEFAULT_BEHAVIOUR_RULES.map((r, j) => (j === i ? { ...r, ...patch } : r))
    expect(behaviourRulesProblem(change(2, { recency: [0, 5] }))).toMatch(/^rules\.2\.recency: /)
    expect(behaviourRulesProblem(change(1, { frequency_monetary: [5, 4] }))).toBe("rules.1.frequency_monetary: min (5) is above max (4)")
    expect(behaviourRulesProblem(change(0, { recency: [1.5, 2] }))).toMatch(/^rules\.0\.recency: /)
    expect(behaviourRulesProblem(change(0, { class: "vip" }))).toMatch(/^rules\.0\.class: expected one of champions/)
    expect(behaviourRulesProblem(change(3, { group: "vip" }))).toMatch(/^rules\.3\.group: /)
    expect(behaviourRulesProblem(change(3, { colour: "red" }))).toBe("rules.3.colour: unknown field")
    expect(behaviourRulesProblem([])).toMatch(/^rules: /)
  })
})
