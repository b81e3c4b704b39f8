import { checkCustomFieldValues, type CustomFieldDefinition } from "../custom-field-values"
import { cleanName, nameKey } from "../../../lib/text"
import { toE164 } from "../phone"

describe("toE164", () => {
  it.each([
    ["0912 345 678", "VN", "+84912345678"],
    ["+84 912-345-678", "VN", "+84912345678"],
    ["84912345678", "VN", "+84912345678"],
    ["(415) 555-2671", "US", "+14155552671"],
    ["+1 415 555 2671", "VN", "+14155552671"],
  ])("reads %s (%s) as %s", (input, country, expected) => {
    expect(toE164(input, country)).toBe(expected)
  })

  it.each([["12345"], ["not a phone"], ["0912 345"]])("answers null for %s", (input) => {
    expect(toE164(input)).toBeNull()
  })
})

describe("checkCustomFieldValues", () => {
  const defs: CustomFieldDefinition[] = [
    { key: "visits", label: "Visits", type: "number", options: null, required: false },
    { key: "oil", label: "Oil", type: "select", options: ["Jasmine", "Lavender"], required: false },
    { key: "since", label: "Member since", type: "date", options: null, required: false },
    { key: "pregnant", label: "Pregnant", type: "boolean", options: null, required: false },
    { key: "card", label: "Card", type: "text", options: null, required: true },
  ]

  it("normalises valid values and drops cleared ones", () => {
    expect(checkCustomFieldValues(defs, { visits: "4", oil: "Jasmine", since: "2024-02-29", pregnant: false, card: "A1" }))
      .toEqual(expect.objectContaining({ visits: 4, oil: "Jasmine", since: "2024-02-29", pregnant: false, card: "A1" }))
    expect(checkCustomFieldValues(defs, { card: "A1", oil: null })).toEqual({ card: "A1" })
  })

  it("names every wrong field in one error", () => {
    expect(() => checkCustomFieldValues(defs, { visits: "many", since: "2023-02-29", pregnant: "yes", card: "A1" })).toThrow(
      /custom_fields.visits: expected a number of at most 15 digits; custom_fields.since: expected a real date as YYYY-MM-DD, from 1900-01-01 to 2199-12-31; custom_fields.pregnant: expected true or false/
    )
  })

  it("requires required fields unless told not to", () => {
    expect(() => checkCustomFieldValues(defs, { visits: 1 })).toThrow(/custom_fields.card: "Card" is required/)
    expect(checkCustomFieldValues(defs, { visits: 1 }, { enforceRequired: false })).toEqual({ visits: 1 })
  })

  it.each([
    ["a text with NUL", { card: "A\u0000" }, /custom_fields.card: expected a text that can be stored/],
    ["a lone surrogate", { card: "\ud800" }, /custom_fields.card: expected a text that can be stored/],
    ["2,001 characters", { card: "x".repeat(2001) }, /custom_fields.card: expected a text of at most 2000 characters/],
    ["year 0", { card: "A1", since: "0000-01-01" }, /custom_fields.since/],
    ["year 2999", { card: "A1", since: "2999-01-01" }, /custom_fields.since/],
    ["1e308", { card: "A1", visits: 1e308 }, /custom_fields.visits/],
  ])("refuses %s", (_, values, message) => {
    expect(() => checkCustomFieldValues(defs, values)).toThrow(message)
  })

  it("keeps a select option typed with combining accents as the option", () => {
    const withVietnamese = [...defs, { key: "mood", label: "Mood", type: "select" as const, options: ["Thư giãn"], required: false }]
    expect(checkCustomFieldValues(withVietnamese, { card: "A1", mood: "Thư giãn".normalize("NFD") })).toEqual({ card: "A1", mood: "Thư giãn" })
  })

  it("refuses keys that are not defined", () => {
    expect(() => checkCustomFieldValues(defs, { card: "A1", shoe_size: 38 })).toThrow(/custom_fields.shoe_size/)
  })
})

describe("nameKey", () => {
  it.each([
    ["Da khô", "DA KHÔ"],
    ["Đặc biệt", "ĐẶC BIỆT"],
    ["Khách Đến", "khách đến".normalize("NFD")],
    ["Da khô", "Da\u200B khô"],
    ["Da khô", "  Da   khô "],
    ["Ｆacebook", "facebook"],
    ["Straße", "STRASSE"],
  ])("folds %j and %j to one key", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it.each([
    ["Da khô", "Da kho"],
    ["Đặc biệt", "Dac biet"],
    ["美容", "美发"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })

  it("stores names composed and without invisible characters", () => {
    expect(cleanName("Da kho\u0302\u2060 ")).toBe("Da khô")
  })
})
