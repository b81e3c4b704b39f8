import { computeOrderEarning, type EarnMetadata, returnsAndRefundsTarget } from "../rules/earning"

const rules = (earn_rate: number | undefined, tier_multiplier = 1, collection_multipliers: Record<string, number> = {}) => ({
  earn_rate,
  tier_multiplier,
  collection_multipliers,
})
const order = (items: [string, number][], { shipping = 0, credit = 0, currency = "vnd" } = {}) => {
  const item_total = items.reduce((sum, [, total]) => sum + total, 0)
  return {
    currency_code: currency,
    total: item_total + shipping - credit,
    item_total,
    shipping_total: shipping,
    items: items.map(([id, total]) => ({ id, quantity: 1, total, product: { collection_id: id.startsWith("skin") ? "pcol_skin" : null } })),
  }
}

describe("computeOrderEarning", () => {
  it("earns exactly in VND, which has no minor unit", () => {
    expect(computeOrderEarning(order([["facial", 1_550_000]]), rules(10_000)).points).toBe(155)
    expect(computeOrderEarning(order([["facial", 1_559_999]]), rules(10_000)).points).toBe(155)
  })

  it("rounds down once over the whole order, never per item", () => {
    expect(computeOrderEarning(order([["manicure", 45.99]], { currency: "usd" }), rules(1)).points).toBe(45)
    expect(computeOrderEarning(order([["a", 0.7], ["b", 0.7], ["c", 0.7]], { currency: "usd" }), rules(1)).points).toBe(2)
    // 45.99 × 1.1 = 50.589
    expect(computeOrderEarning(order([["manicure", 45.99]], { currency: "usd" }), rules(1, 1.1)).points).toBe(50)
  })

  it("keeps a share that is whole in truth whole (no 139.999… from a repeating division)", () => {
    // 1,500,000 of items, 100,000 of credit: 1,400,000 paid
    const earning = computeOrderEarning(order([["facial", 1_500_000]], { credit: 100_000 }), rules(10_000))
    expect(earning).toEqual(expect.objectContaining({ points: 140, basis: 1_400_000, paid_total: 1_400_000 }))
  })

  it("takes the credit lines off items and shipping alike and earns nothing on shipping", () => {
    const earning = computeOrderEarning(order([["oil", 1_000_000]], { shipping: 100_000, credit: 220_000 }), rules(10_000))
    expect(earning).toEqual(expect.objectContaining({ points: 80, basis: 800_000, paid_total: 880_000 }))
    // paid entirely with points: nothing earned
    expect(computeOrderEarning(order([["oil", 100_000]], { credit: 100_000 }), rules(10_000)).points).toBe(0)
  })

  it("applies collection and tier multipliers per item", () => {
    const earning = computeOrderEarning(order([["skin-serum", 300_000], ["massage", 200_000]]), rules(10_000, 1.1, { pcol_skin: 2 }))
    expect(earning.points).toBe(88)
    expect(earning.items).toEqual({
      "skin-serum": { quantity: 1, paid: 300_000, points: 66 },
      massage: { quantity: 1, paid: 200_000, points: 22 },
    })
  })

  it("earns nothing in a currency without a positive earn rate", () => {
    expect(computeOrderEarning(order([["facial", 1_000_000]]), rules(undefined)).points).toBe(0)
    expect(computeOrderEarning(order([["facial", 1_000_000]]), rules(0)).points).toBe(0)
  })
})

describe("returnsAndRefundsTarget", () => {
  // 80 points on 500,000: two serums (60 points, 300,000) and a massage (20 points, 200,000)
  const metadata: EarnMetadata = {
    currency_code: "vnd",
    basis: 500_000,
    multiplier: 1,
    paid_total: 500_000,
    items: { serum: { quantity: 2, paid: 300_000, points: 60 }, massage: { quantity: 1, paid: 200_000, points: 20 } },
  }

  it("takes back a returned item's own points by quantity", () => {
    expect(returnsAndRefundsTarget(80, metadata, { serum: 1 }, 0)).toBe(30)
    expect(returnsAndRefundsTarget(80, metadata, { serum: 2, massage: 1 }, 0)).toBe(80)
  })

  it("does not take a returned item's points again for the refund that pays it back", () => {
    expect(returnsAndRefundsTarget(80, metadata, { serum: 1 }, 150_000)).toBe(30)
    // beyond the return's value, in proportion to what the order cost
    expect(returnsAndRefundsTarget(80, metadata, { serum: 1 }, 250_000)).toBe(30 + 16)
  })

  it("takes back refunds in proportion, rounded down, and never more than earned", () => {
    expect(returnsAndRefundsTarget(80, metadata, {}, 160_000)).toBe(25)
    expect(returnsAndRefundsTarget(80, metadata, {}, 900_000)).toBe(80)
    expect(returnsAndRefundsTarget(80, metadata, { serum: 5 }, 0)).toBe(60)
  })
})
