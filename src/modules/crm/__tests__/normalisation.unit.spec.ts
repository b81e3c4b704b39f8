import { checkCustomFieldValues, type CustomFieldDefinition } from "../utils/custom-field-values"
import { toE164 } from "../utils/phone"

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
      /custom_fields.visits: expected a number; custom_fields.since: expected a date as YYYY-MM-DD; custom_fields.pregnant: expected true or false/
    )
  })

  it("requires required fields unless told not to", () => {
    expect(() => checkCustomFieldValues(defs, { visits: 1 })).toThrow(/custom_fields.card: "Card" is required/)
    expect(checkCustomFieldValues(defs, { visits: 1 }, { enforceRequired: false })).toEqual({ visits: 1 })
  })

  it("refuses keys that are not defined", () => {
    expect(() => checkCustomFieldValues(defs, { card: "A1", shoe_size: 38 })).toThrow(/custom_fields.shoe_size/)
  })
})
