import { csvCell, csvLine } from "../../../lib/csv"
import { kpi } from "../numbers"
import { resolvePeriod, stepsOf, AnalyticsQueryError } from "../period"

describe("the period a query means", () => {
  const now = new Date("2026-04-15T20:00:00Z") // already 16 April in Ho Chi Minh City

  it("defaults to the 365 days up to today in the time zone, the previous period as long and just before", () => {
    const p = resolvePeriod({ tz: "Asia/Ho_Chi_Minh" }, ["vnd", "usd"], { now })
    expect(p).toEqual({
      from: "2025-04-17",
      to: "2026-04-16",
      tz: "Asia/Ho_Chi_Minh",
      currency: "vnd",
      currencies: ["vnd", "usd"],
      granularity: "month",
      previous: { from: "2024-04-17", to: "2025-04-16" },
      days: 365,
    })
  })

  it("takes the currency asked for, else the one with most orders, else the store's", () => {
    expect(resolvePeriod({ currency: "usd" }, ["vnd", "usd"], { now }).currency).toBe("usd")
    expect(resolvePeriod({}, [], { now, fallbackCurrency: "eur" }).currency).toBe("eur")
  })

  it("refuses a period backwards or too long, naming from", () => {
    expect(() => resolvePeriod({ from: "2026-03-02", to: "2026-03-01" }, [], { now })).toThrow(AnalyticsQueryError)
    expect(() => resolvePeriod({ from: "2010-01-01", to: "2026-03-01" }, [], { now })).toThrow(/^from:/)
  })

  it("cuts weeks from Monday and months from the 1st, clipped to the period, across a year's end", () => {
    const p = resolvePeriod({ from: "2025-12-30", to: "2026-01-13", granularity: "week" }, ["vnd"], { now })
    expect(stepsOf(p, { previous: false })).toEqual([
      { current: true, bucket: "2025-12-29", start: "2025-12-30", end: "2026-01-05", period_start: "2025-12-30" },
      { current: true, bucket: "2026-01-05", start: "2026-01-05", end: "2026-01-12", period_start: "2025-12-30" },
      { current: true, bucket: "2026-01-12", start: "2026-01-12", end: "2026-01-14", period_start: "2025-12-30" },
    ])
    const months = resolvePeriod({ from: "2024-01-15", to: "2024-03-10", granularity: "month" }, ["vnd"], { now })
    expect(stepsOf(months).map((s) => [s.current, s.bucket, s.start, s.end])).toEqual([
      [true, "2024-01", "2024-01-15", "2024-02-01"],
      [true, "2024-02", "2024-02-01", "2024-03-01"],
      [true, "2024-03", "2024-03-01", "2024-03-11"],
      // the previous 56 days: 20 November 2023 – 14 January 2024
      [false, "2023-11", "2023-11-20", "2023-12-01"],
      [false, "2023-12", "2023-12-01", "2024-01-01"],
      [false, "2024-01", "2024-01-01", "2024-01-15"],
    ])
  })
})

describe("a figure beside the previous period's", () => {
  it("gives the change as a ratio, and none against nothing", () => {
    expect(kpi(150, 100)).toEqual({ current: 150, previous: 100, change: 0.5 })
    expect(kpi(3, 0)).toEqual({ current: 3, previous: 0, change: null })
    expect(kpi(null, 4)).toEqual({ current: null, previous: 4, change: null })
    expect(kpi(1, 3).change).toBe(-0.6667)
  })
})

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks (RFC 4180), keeps formulas from running, writes numbers as they are", () => {
    expect(csvLine(["Phạm, Thị", 'say "hi"', "a\nb", "=SUM(A1)", "+84912345678", -0.25, null, "王芳"])).toBe(
      '"Phạm, Thị","say ""hi""","a\nb",\'=SUM(A1),\'+84912345678,-0.25,,王芳\r\n'
    )
    expect(csvCell(1_250_000)).toBe("1250000")
  })
})
