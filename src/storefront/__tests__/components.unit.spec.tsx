import { renderToStaticMarkup } from "react-dom/server"
import type { StoreFeedback } from "../../types/feedback"
import type { PointsEntriesResponse, StoreMemberStanding } from "../../types/loyalty"
import { FetchError } from "@medusajs/js-sdk"
import { POINTS_REFUSALS, pointsRefusal, readPointsRefusal } from "../../types/points-refusals"
import {
  errorMessage,
  LOCALES,
  MemberCard,
  PointsHistory,
  pointsRange,
  pointsWorth,
  RateVisit,
  reasonText,
  sendRating,
  shareReferralCode,
  t,
  TEXTS,
  UsePoints,
} from ".."

const standing: StoreMemberStanding = {
  referral_code: "LOTUS234",
  balance: 1700,
  pending: 300,
  spendable: 1400,
  expiring_soon: 900,
  tier: { handle: "gold", name: "Gold", rank: 1 },
  next_tier: { handle: "platinum", name: "Platinum", rank: 2, min_spend: { vnd: 15_000_000, usd: 600 } },
  spend: { vnd: 6_000_000, usd: 150.5 },
  spend_needed: { vnd: 9_000_000, usd: 449.5 },
  point_values: { vnd: 500, usd: 0.05 },
  min_redeem_points: 100,
  max_redeem_percent: 50,
}
// text nodes only, so that assertions read what she reads (React escapes and splits nothing else here)
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ")
const noop = async () => undefined

describe("storefront texts", () => {
  it("has every key in every language", () => {
    const keys = Object.keys(TEXTS.en).sort()
    for (const locale of LOCALES) expect(Object.keys(TEXTS[locale]).sort()).toEqual(keys)
  })

  it("fills the variables and leaves unknown ones visible", () => {
    expect(t("en", "card.progress", { amount: "$5", tier: "Gold" })).toBe("Spend $5 more to reach Gold")
    expect(t("vi", "card.progress", { tier: "Gold" })).toBe("Chi tiêu thêm {amount} để lên hạng Gold")
  })
})

describe("server refusals in her language", () => {
  it("reads back every refusal the server words, with its figures", () => {
    const figures = { points: 1000, currency: "EUR", min: 100, spendable: 300, max: 250, percent: 50 }
    for (const reason of Object.keys(POINTS_REFUSALS) as (keyof typeof POINTS_REFUSALS)[]) {
      const read = readPointsRefusal(pointsRefusal(reason, figures))
      expect(read?.reason).toBe(reason)
    }
    expect(readPointsRefusal(pointsRefusal("over_share", { max: 250, percent: 50, points: 1000 }))).toEqual({
      reason: "over_share",
      figures: { max: "250", percent: "50", points: "1000" },
    })
    expect(readPointsRefusal("Cart not found")).toBeNull()
  })

  it.each([
    ["en", "At most 1,250 points can be used on this cart (50% of its total)"],
    ["vi", "Giỏ hàng này chỉ dùng được tối đa 1.250 điểm (50% tổng tiền)"],
    ["zh-CN", "此购物车最多可使用 1,250 积分（总额的 50%）"],
  ] as const)("in %s, and any other message as the server sent it", (locale, expected) => {
    const refused = new FetchError(pointsRefusal("over_share", { max: 1250, percent: 50, points: 2000 }), "Bad Request", 400)
    expect(errorMessage(refused, locale)).toBe(expected)
    expect(errorMessage(new FetchError("Cart is completed", "Bad Request", 400), locale)).toBe("Cart is completed")
    // without a language, the server's words
    expect(errorMessage(refused)).toBe(refused.message)
  })

  it("says the reasons the plugin writes in her language, and a reason staff typed as written", () => {
    expect(reasonText("Sign-up bonus", "vi")).toBe("Thưởng đăng ký")
    expect(reasonText("Spent at checkout", "zh-CN")).toBe("结账时使用")
    expect(reasonText("Welcome gift from Linh", "vi")).toBe("Welcome gift from Linh")
  })
})

describe("MemberCard", () => {
  it.each([
    ["en", "vnd", "Spend ₫9,000,000 more to reach Platinum", "900 points expire soon"],
    ["vi", "vnd", "Chi tiêu thêm 9.000.000 ₫ để lên hạng Platinum", "900 điểm sắp hết hạn"],
    ["zh-CN", "vnd", "再消费 ₫9,000,000 即可升级为 Platinum", "900 积分即将过期"],
    ["en", "usd", "Spend $449.50 more to reach Platinum", "900 points expire soon"],
    ["vi", "usd", "Chi tiêu thêm 449,50 US$ để lên hạng Platinum", "900 điểm sắp hết hạn"],
    ["zh-CN", "usd", "再消费 US$449.50 即可升级为 Platinum", "900 积分即将过期"],
  ] as const)("in %s and %s: points, tier, the spend still needed in her currency, points expiring soon", (locale, currency, progress, expiring) => {
    const html = renderToStaticMarkup(<MemberCard standing={standing} currency={currency} locale={locale} />)
    const shown = text(html)
    expect(shown).toContain(progress)
    expect(shown).toContain(expiring)
    expect(shown).toContain("Gold")
    expect(shown).toContain(locale === "vi" ? "1.700" : "1,700")
    expect(shown).toContain("LOTUS234")
    // VND has no decimals, whatever the language
    if (currency === "vnd") expect(shown).not.toMatch(/9[.,]000[.,]000[.,]00/)
    // progress over the window: 6M of 15M, 150.5 of 600
    expect(html).toContain(`aria-valuenow="${currency === "vnd" ? 40 : 25}"`)
  })

  it("says when she is at the top tier and hides the expiry notice when nothing expires", () => {
    const top = { ...standing, next_tier: null, spend_needed: {}, expiring_soon: 0 }
    const shown = text(renderToStaticMarkup(<MemberCard standing={top} currency="vnd" locale="en" />))
    expect(shown).toContain("You have reached our highest tier")
    expect(shown).not.toContain("expire")
  })
})

describe("shareReferralCode", () => {
  it("opens the share sheet with her code where the device has one, else copies the code", async () => {
    const shared: unknown[] = []
    const copied: string[] = []
    const phone = { share: async (data: { text: string }) => void shared.push(data), clipboard: { writeText: async (c: string) => void copied.push(c) } }
    expect(await shareReferralCode("LOTUS234", "vi", phone)).toBe("shared")
    expect(shared).toEqual([{ text: "Cùng mình đến spa với mã LOTUS234" }])
    expect(copied).toEqual([])

    expect(await shareReferralCode("LOTUS234", "en", { clipboard: phone.clipboard })).toBe("copied")
    expect(copied).toEqual(["LOTUS234"])
    expect(await shareReferralCode("LOTUS234", "en", {})).toBe("unavailable")
    // closing the share sheet is not an error
    expect(await shareReferralCode("LOTUS234", "en", { share: () => Promise.reject(new Error("AbortError")) })).toBe("shared")
  })
})

describe("PointsHistory", () => {
  const page: PointsEntriesResponse = {
    entries: [
      { id: "e2", kind: "redeem", points: -200, reason: "Spent at checkout", note: null, order_id: null, available_at: null, expires_at: null, created_at: "2026-11-20T10:00:00Z" },
      { id: "e1", kind: "earn", points: 1250, reason: "Hydrating facial", note: null, order_id: "order_1", available_at: null, expires_at: null, created_at: "2026-11-02T10:00:00Z" },
    ],
    count: 12,
    limit: 2,
    offset: 4,
  }

  it.each([
    ["en", ["Spent", "−200", "Earned", "+1,250", "Nov 20, 2026", "5–6 of 12"]],
    ["vi", ["Đã dùng", "−200", "Dùng khi thanh toán", "Tích điểm", "+1.250", "5–6 trên 12"]],
    ["zh-CN", ["使用", "−200", "获得", "+1,250", "2026年11月20日", "第 5–6 条，共 12 条"]],
  ] as const)("in %s: kind, points ±, reason, date and the page", (locale, expected) => {
    const shown = text(renderToStaticMarkup(<PointsHistory page={page} locale={locale} onPage={() => undefined} />))
    for (const part of expected) expect(shown).toContain(part)
    expect(shown).toContain("Hydrating facial")
  })

  it("pages with buttons for a client component, disabled at the ends, or with links for a server component", () => {
    const last = { ...page, offset: 10 }
    const buttons = renderToStaticMarkup(<PointsHistory page={last} locale="en" onPage={() => undefined} />)
    expect(buttons.match(/<button[^>]*disabled=""[^>]*>Next</)).not.toBeNull()
    expect(buttons.match(/<button[^>]*disabled=""[^>]*>Previous</)).toBeNull()
    const links = renderToStaticMarkup(<PointsHistory page={page} locale="en" pageHref={(offset) => `/account/points?offset=${offset}`} />)
    expect(links).toContain('href="/account/points?offset=2"')
    expect(links).toContain('href="/account/points?offset=6"')
    expect(links).not.toContain("<button")
    expect(renderToStaticMarkup(<PointsHistory page={page} locale="en" />)).not.toContain("Next")
  })

  it.each(LOCALES)("in %s: an empty history says so, without paging", (locale) => {
    const html = renderToStaticMarkup(<PointsHistory page={{ entries: [], count: 0, limit: 20, offset: 0 }} locale={locale} onPage={() => undefined} />)
    expect(text(html)).toContain(t(locale, "history.empty"))
    expect(html).not.toContain("spa-crm-pager")
  })
})

describe("UsePoints", () => {
  const cart = (currency_code: string, total: number, applied?: { points: number; amount: number }) => ({
    currency_code,
    total,
    credit_lines: applied ? [{ reference: "loyalty-points", amount: applied.amount, metadata: { points: applied.points } }] : [],
  })

  it("values points as the server does: rounded down to the currency's minor unit", () => {
    expect(pointsWorth(200, 0.05, "usd")).toBe(10)
    expect(pointsWorth(3, 0.033, "usd")).toBe(0.09)
    expect(pointsWorth(3, 333.7, "vnd")).toBe(1001)
  })

  it("accepts from the minimum to the lower of her spendable points and the cart's share, counting points already applied", () => {
    expect(pointsRange(standing, cart("vnd", 400_000))).toEqual({ value: 500, min: 100, max: 400 })
    // 100,000 already off a 400,000 cart: the share is still of 400,000
    expect(pointsRange(standing, cart("vnd", 300_000, { points: 200, amount: 100_000 }))).toEqual({ value: 500, min: 100, max: 400 })
    expect(pointsRange(standing, cart("usd", 1_000))?.max).toBe(1400)
    expect(pointsRange(standing, cart("eur", 100))).toBeNull()
  })

  it.each([
    ["en", "vnd", "Worth ₫50,000", "From 100 to 400 points on this cart"],
    ["vi", "vnd", "Trị giá 50.000 ₫", "Từ 100 đến 400 điểm cho giỏ hàng này"],
    ["zh-CN", "vnd", "价值 ₫50,000", "本购物车可用 100 至 400 积分"],
    ["en", "usd", "Worth $5.00", "From 100 to 1,400 points on this cart"],
    ["vi", "usd", "Trị giá 5,00 US$", "Từ 100 đến 1.400 điểm cho giỏ hàng này"],
    ["zh-CN", "usd", "价值 US$5.00", "本购物车可用 100 至 1,400 积分"],
  ] as const)("in %s and %s: the value of the points typed and the min / max", (locale, currency, worth, range) => {
    const html = renderToStaticMarkup(
      <UsePoints standing={standing} cart={cart(currency, currency === "vnd" ? 400_000 : 1_000)} locale={locale} onApply={noop} onRemove={noop} />
    )
    const shown = text(html)
    expect(shown).toContain(worth)
    expect(shown).toContain(range)
    expect(html).toContain('value="100"')
  })

  it("shows the points applied with their amount and a remove button", () => {
    const html = renderToStaticMarkup(
      <UsePoints standing={standing} cart={cart("vnd", 300_000, { points: 200, amount: 100_000 })} locale="en" onApply={noop} onRemove={noop} />
    )
    expect(text(html)).toContain("200 points applied: ₫100,000 off")
    expect(text(html)).toContain("Remove points")
    expect(html).toContain('value="200"')
  })

  it("explains when she has too few points and when the currency takes none", () => {
    const poor = { ...standing, spendable: 50 }
    expect(text(renderToStaticMarkup(<UsePoints standing={poor} cart={cart("vnd", 400_000)} locale="en" onApply={noop} onRemove={noop} />))).toContain(
      "You need at least 100 spendable points"
    )
    expect(text(renderToStaticMarkup(<UsePoints standing={standing} cart={cart("eur", 40)} locale="vi" onApply={noop} onRemove={noop} />))).toContain(
      "Không thể dùng điểm với loại tiền này"
    )
  })
})

describe("RateVisit", () => {
  const existing: StoreFeedback = {
    id: "fb_1",
    order_id: "order_1",
    overall: 4,
    service_quality: 5,
    staff_attitude: 3,
    space: 4,
    price: 2,
    comment: "Lovely massage",
    created_at: "2026-11-20T10:00:00Z",
  }

  it.each(LOCALES)("in %s: overall and four dimensions as radio groups of 1 to 5, and a comment", (locale) => {
    const html = renderToStaticMarkup(<RateVisit orderId="order_1" locale={locale} onSubmit={noop} />)
    expect(html.match(/role="radiogroup"/g)).toHaveLength(5)
    expect(html.match(/type="radio"/g)).toHaveLength(25)
    expect(html).toContain("<textarea")
    for (const key of ["rate.overall", "rate.service_quality", "rate.staff_attitude", "rate.space", "rate.price", "rate.submit"] as const) {
      expect(text(html)).toContain(t(locale, key))
    }
  })

  it.each(LOCALES)("in %s: her existing rating is shown read-only", (locale) => {
    const html = renderToStaticMarkup(<RateVisit orderId="order_1" existing={existing} locale={locale} onSubmit={noop} />)
    expect(html).not.toContain("<input")
    expect(html).not.toContain("<button")
    expect(text(html)).toContain(t(locale, "rate.yours"))
    expect(text(html)).toContain("Lovely massage")
    expect(html).toContain("★★★★☆")
    expect(html).toContain(`aria-label="${t(locale, "rate.star", { n: 2 })}"`)
  })

  it("turns the server's answers into what she sees: her rating, already rated on a 409, else the server's message", async () => {
    const body = { order_id: "order_1", overall: 4, service_quality: 5, staff_attitude: 3, space: 4, price: 2, comment: "Lovely massage" }
    expect(await sendRating(async () => ({ feedback: existing }), body)).toEqual({ kind: "sent", feedback: existing })
    const conflict = new FetchError("order_id: order order_1 has already been rated", "Conflict", 409)
    expect(await sendRating(() => Promise.reject(conflict), body)).toEqual({ kind: "already_rated" })
    const canceled = new FetchError("order_id: order order_1 is canceled", "Bad Request", 400)
    expect(await sendRating(() => Promise.reject(canceled), body)).toEqual({ kind: "error", message: "order_id: order order_1 is canceled" })
  })
})
