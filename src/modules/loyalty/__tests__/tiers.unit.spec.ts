import { DEFAULT_TIERS } from "../defaults"
import { birthdayPatterns } from "../../../workflows/loyalty/steps/book-birthday-bonuses"
import { bulkEntityIds } from "../bulk-ids"
import { chooseTier, shouldChangeTier, tierWindowStart } from "../rules/tiers"

const tier = (handle: string) => DEFAULT_TIERS.find((t) => t.handle === handle)!

describe("chooseTier", () => {
  it("picks the highest-rank tier whose minimum any one currency reaches", () => {
    expect(chooseTier(DEFAULT_TIERS, {})?.handle).toBe("standard")
    expect(chooseTier(DEFAULT_TIERS, { vnd: 4_999_999 })?.handle).toBe("standard")
    expect(chooseTier(DEFAULT_TIERS, { vnd: 5_000_000 })?.handle).toBe("gold")
    expect(chooseTier(DEFAULT_TIERS, { vnd: 1_000_000, usd: 1_200 })?.handle).toBe("diamond")
    // a currency no tier names counts for nothing
    expect(chooseTier(DEFAULT_TIERS, { jpy: 10_000_000 })?.handle).toBe("standard")
    // without a zero tier, a member may reach none
    expect(chooseTier(DEFAULT_TIERS.slice(1), { vnd: 10 })).toBeNull()
    // the order of the list does not matter
    expect(chooseTier([...DEFAULT_TIERS].reverse(), { usd: 2_500 })?.handle).toBe("luxurious")
  })
})

describe("shouldChangeTier", () => {
  it("always upgrades and downgrades only when allowed", () => {
    expect(shouldChangeTier(tier("gold"), tier("platinum"), false)).toBe(true)
    expect(shouldChangeTier(null, tier("standard"), false)).toBe(true)
    expect(shouldChangeTier(tier("platinum"), tier("gold"), false)).toBe(false)
    expect(shouldChangeTier(tier("platinum"), tier("gold"), true)).toBe(true)
    expect(shouldChangeTier(tier("gold"), null, false)).toBe(false)
    expect(shouldChangeTier(tier("gold"), null, true)).toBe(true)
    expect(shouldChangeTier(tier("gold"), tier("gold"), true)).toBe(false)
  })
})

describe("tierWindowStart", () => {
  it("goes back the rolling window's months, or nowhere for a lifetime window", () => {
    const now = new Date("2031-03-31T10:00:00Z")
    expect(tierWindowStart({ tier_window: "rolling", tier_window_months: 12 }, now)).toEqual(new Date("2030-03-31T10:00:00Z"))
    expect(tierWindowStart({ tier_window: "lifetime", tier_window_months: 12 }, now)).toBeNull()
  })
})

describe("bulkEntityIds", () => {
  it("makes distinct Medusa-style ids sharing the moment's time part", () => {
    const ids = bulkEntityIds("lytchg", 10_000, Date.UTC(2031, 0, 1))
    expect(new Set(ids).size).toBe(10_000)
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^lytchg_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(new Set(ids.map((id) => id.slice(0, 17))).size).toBe(1)
  })
})

describe("birthdayPatterns", () => {
  it("celebrates 29 February on the 28th outside leap years", () => {
    expect(birthdayPatterns(new Date("2031-06-15T00:05:00Z"))).toEqual(["%-06-15"])
    expect(birthdayPatterns(new Date("2031-02-28T00:05:00Z"))).toEqual(["%-02-28", "%-02-29"])
    expect(birthdayPatterns(new Date("2032-02-28T00:05:00Z"))).toEqual(["%-02-28"])
    expect(birthdayPatterns(new Date("2032-02-29T00:05:00Z"))).toEqual(["%-02-29"])
  })
})
