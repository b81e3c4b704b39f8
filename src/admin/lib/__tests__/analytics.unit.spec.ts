import { formatBucket, formatChange, formatMoneyCompact, formatRatio } from "../analytics-format"
import { periodDays, periodFromParams, presetPeriod } from "../analytics-period"
import { recencyBucketRules } from "../recency-set-rules"
import i18next from "i18next"

import en from "../../i18n/json/analytics/en.json"
import vi from "../../i18n/json/analytics/vi.json"
import zhCN from "../../i18n/json/analytics/zhCN.json"

// a Wednesday in late May: months of 31, 30 and 28 days around it
const today = new Date(2026, 4, 27)

describe("the Analytics page's periods", () => {
  it("counts each preset's days up to today, both ends included", () => {
    expect(presetPeriod("this_month", today)).toEqual({ from: "2026-05-01", to: "2026-05-27" })
    expect(presetPeriod("last_30_days", today)).toEqual({ from: "2026-04-28", to: "2026-05-27" })
    expect(presetPeriod("last_3_months", today)).toEqual({ from: "2026-02-28", to: "2026-05-27" })
    expect(presetPeriod("last_12_months", today)).toEqual({ from: "2025-05-28", to: "2026-05-27" })
    expect(presetPeriod("this_year", today)).toEqual({ from: "2026-01-01", to: "2026-05-27" })
  })

  it("goes back whole months from a month's end without skipping into the next month", () => {
    // 31 May − 3 months is 28 February (no 31 February), so the period starts 1 March
    expect(presetPeriod("last_3_months", new Date(2026, 4, 31))).toEqual({ from: "2026-03-01", to: "2026-05-31" })
    // 29 February 2028 − 12 months is 28 February 2027
    expect(presetPeriod("last_12_months", new Date(2028, 1, 29))).toEqual({ from: "2027-03-01", to: "2028-02-29" })
    // 1 January: this month and this year are one day, the last 30 days reach into December
    expect(presetPeriod("this_year", new Date(2027, 0, 1))).toEqual({ from: "2027-01-01", to: "2027-01-01" })
    expect(presetPeriod("last_30_days", new Date(2027, 0, 1))).toEqual({ from: "2026-12-03", to: "2027-01-01" })
  })

  it("counts a period's days with both ends, across a change of summer time", () => {
    expect(periodDays(presetPeriod("last_30_days", today))).toBe(30)
    expect(periodDays(presetPeriod("last_12_months", today))).toBe(365)
    expect(periodDays({ from: "2026-03-01", to: "2026-03-31" })).toBe(31)
    expect(periodDays({ from: "2028-01-01", to: "2028-12-31" })).toBe(366)
  })

  it("reads the period from the URL: a preset, custom dates in order, else the last 30 days", () => {
    const read = (query: string) => periodFromParams(new URLSearchParams(query), today)
    expect(read("")).toEqual({ preset: "last_30_days", period: { from: "2026-04-28", to: "2026-05-27" } })
    expect(read("period=this_year")).toEqual({ preset: "this_year", period: { from: "2026-01-01", to: "2026-05-27" } })
    expect(read("period=custom&from=2025-11-01&to=2026-01-31")).toEqual({ preset: "custom", period: { from: "2025-11-01", to: "2026-01-31" } })
    // dates the other way round, missing or malformed fall back instead of asking the server for nonsense
    expect(read("period=custom&from=2026-02-01&to=2026-01-31").preset).toBe("last_30_days")
    expect(read("period=custom&from=2026-02-01").preset).toBe("last_30_days")
    expect(read("period=custom&from=1.2.2026&to=2026-01-31").preset).toBe("last_30_days")
    expect(read("period=yesterday").preset).toBe("last_30_days")
  })
})

// Intl separates with no-break spaces
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("the Analytics page's numbers", () => {
  it("writes money short on axes in each admin language", () => {
    expect(formatMoneyCompact(12_500_000, "vnd", "en")).toBe("₫12.5M")
    expect(spaced(formatMoneyCompact(12_500_000, "vnd", "vi"))).toBe("12,5 Tr ₫")
    expect(formatMoneyCompact(12_500_000, "vnd", "zh-CN")).toBe("₫1250万")
    expect(formatMoneyCompact(1_234.5, "usd", "en")).toBe("$1.2K")
  })

  it("signs a change and writes no change as a dash", () => {
    expect(formatChange(0.125, "en")).toBe("+12.5%")
    expect(formatChange(-0.1, "vi")).toBe("-10%")
    expect(formatChange(0, "en")).toBe("0%")
    expect(formatChange(null, "en")).toBe("–")
    expect(formatRatio(0.4286, "en")).toBe("42.9%")
    expect(formatRatio(null, "en")).toBe("–")
  })

  it("labels a series' months, weeks and days in the admin's language", () => {
    expect(formatBucket("2026-03", "month", "en")).toBe("Mar 2026")
    expect(formatBucket("2026-03", "month", "zh-CN")).toBe("2026年3月")
    expect(formatBucket("2026-03-02", "week", "en")).toBe("Mar 2")
    expect(formatBucket("2026-03-02", "day", "vi")).toBe("2 thg 3")
  })
})

describe("a customer set from a recency bucket", () => {
  it("takes the bucket's days since the last order, both ends included, and no upper end for 180+", () => {
    expect(recencyBucketRules("31-60")).toEqual({
      combinator: "and",
      rules: [{ field: "days_since_last_order", operator: "between", value: [31, 60] }],
    })
    expect(recencyBucketRules("0-30").rules).toEqual([{ field: "days_since_last_order", operator: "between", value: [0, 30] }])
    expect(recencyBucketRules("180+").rules).toEqual([{ field: "days_since_last_order", operator: "gte", value: 181 }])
  })
})

describe("the Analytics page's texts", () => {
  // the dashboard's language codes: "zhCN" is no BCP 47 tag, so i18next finds no plural rule for it
  // and looks a counted text up without a suffix (a "_other" key alone would show the English)
  const texts = { en, vi, zhCN }
  const keysOf = (tree: object, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "object" ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, "")}`]
    )

  it.each(["vi", "zhCN"] as const)("reads every text in %s, counted ones included, none left in English", async (language) => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: language,
      fallbackLng: "en",
      resources: Object.fromEntries(Object.entries(texts).map(([lng, ns]) => [lng, { analytics: ns }])),
      interpolation: { escapeValue: false },
    })
    const english = i18n.getFixedT("en", "analytics")
    const translated = i18n.getFixedT(language, "analytics")
    const values = { count: 3, days: 60, bucket: "31–60", date: "3/12", name: "x", value: "1", from: "a", to: "b" }
    const untranslated = [...new Set(keysOf(en))].filter((key) => translated(key, values) === english(key, values))
    // only the line that is nothing but figures reads the same in every language
    expect(untranslated).toEqual(["recency.bucketLine"])
  })
})
