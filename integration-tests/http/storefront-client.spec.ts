import Medusa, { FetchError } from "@medusajs/js-sdk"
import { placeOrder, ratings } from "../helpers/feedback"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { createCart, createStorefront, givePoints, registerShopper, setLoyaltyRules, type Shopper, type Storefront } from "../helpers/storefront"
import { subscribersIdle } from "../helpers/subscribers"
import {
  applyPoints,
  errorMessage,
  getMemberStanding,
  isConflict,
  listMyFeedback,
  listPointsHistory,
  rateVisit,
  removePoints,
} from "../../src/storefront"

jest.setTimeout(180_000)

const RULES = { earn_rates: { vnd: 10_000, usd: 1 }, signup_bonus: 300, pending_days: 0, min_redeem_points: 100, max_redeem_percent: 50, point_values: { vnd: 500, usd: 0.05 } }

/** The error a refused call throws (the js-sdk's FetchError: the server's message and status). */
const rejection = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error("expected the call to be refused")
    },
    (error: unknown) => error as FetchError
  )

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Storefront
    let lan: Shopper
    let sdk: Medusa

    // what a storefront's own code holds: the js-sdk with the shop's publishable key and her token
    const sdkOf = (shopper: Shopper) => {
      const { authorization, ...guest } = shopper.headers.headers
      return new Medusa({
        baseUrl: api.defaults.baseURL,
        publishableKey: guest["x-publishable-api-key"],
        globalHeaders: { authorization },
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      })
    }

    beforeEach(async () => {
      const container = getContainer()
      await setLoyaltyRules(container, RULES)
      store = await createStorefront(container)
      lan = await registerShopper(api, store, "lan@example.vn")
      // the sign-up bonus is booked by the customer.created subscriber
      await subscribersIdle(container)
      sdk = sdkOf(lan)
    })

    it("reads her standing after the sign-up bonus, with what a point is worth", async () => {
      const { loyalty } = await getMemberStanding(sdk)
      expect(loyalty).toEqual(
        expect.objectContaining({
          balance: 300,
          spendable: 300,
          pending: 0,
          tier: null,
          next_tier: expect.objectContaining({ handle: "gold" }),
          spend_needed: expect.objectContaining({ vnd: 5_000_000 }),
          referral_code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/),
          point_values: { vnd: 500, usd: 0.05 },
          min_redeem_points: 100,
          max_redeem_percent: 50,
        })
      )
    })

    it("pages through her points history, newest first", async () => {
      for (const n of [1, 2, 3]) await givePoints(getContainer(), lan.customer_id, n * 10, `test:grant:${n}`)
      const first = await listPointsHistory(sdk, { limit: 2, offset: 0 })
      const second = await listPointsHistory(sdk, { limit: 2, offset: 2 })
      expect([first.count, first.limit, first.offset, second.offset]).toEqual([4, 2, 0, 2])
      expect(first.entries.map((e) => e.points)).toEqual([30, 20])
      expect(second.entries.map((e) => e.points)).toEqual([10, 300])
      expect(second.entries[1]).toEqual(expect.objectContaining({ kind: "earn", created_at: expect.any(String) }))
    })

    it("applies points to her cart and removes them, the cart total following; a refusal carries the server's message", async () => {
      const cartId = await createCart(api, store, lan)
      const applied = await applyPoints(sdk, cartId, 200)
      expect(applied.cart.total).toBe(300_000)
      expect(applied.cart.credit_lines).toEqual([expect.objectContaining({ reference: "loyalty-points", amount: 100_000, metadata: { points: 200 } })])

      const tooMany = await rejection(applyPoints(sdk, cartId, 1_000))
      expect([tooMany.status, tooMany.message]).toEqual([400, "points: only 300 points are available, 1000 were asked for"])
      // what she reads: the same refusal in her language, its figures formatted for her
      expect(errorMessage(tooMany, "vi")).toBe("Bạn chỉ có 300 điểm có thể dùng")
      expect(errorMessage(tooMany, "zh-CN")).toBe("您只有 300 可用积分")
      const belowMinimum = await rejection(applyPoints(sdk, cartId, 50))
      expect(errorMessage(belowMinimum, "en")).toBe("Use at least 100 points at a time")
      const typo = await rejection(applyPoints(sdk, cartId, 1.5))
      expect(typo.status).toBe(400)
      expect(typo.message).toContain("points")

      const removed = await removePoints(sdk, cartId)
      expect(removed.cart.total).toBe(400_000)
      expect(removed.cart.credit_lines).toEqual([])
    })

    it("rates an order once: the second rating is refused as a conflict", async () => {
      const orderId = await placeOrder(api, store, lan)
      const { feedback } = await rateVisit(sdk, { ...ratings(orderId, 4), comment: "Lovely" })
      expect(feedback).toEqual(expect.objectContaining({ order_id: orderId, overall: 4, comment: "Lovely" }))

      const again = await rejection(rateVisit(sdk, ratings(orderId, 1)))
      expect(again.status).toBe(409)
      expect(isConflict(again)).toBe(true)
      expect(again.message).toBe(`order_id: order ${orderId} has already been rated`)

      const mine = await listMyFeedback(sdk)
      expect(mine.count).toBe(1)
      expect(mine.feedback).toEqual([expect.objectContaining({ id: feedback.id, overall: 4 })])
    })

    it("serves many shoppers through one sdk when each call passes her headers, as a server rendering does", async () => {
      const mai = await registerShopper(api, store, "mai@example.vn")
      await subscribersIdle(getContainer())
      await givePoints(getContainer(), mai.customer_id, 50)
      const shared = new Medusa({ baseUrl: api.defaults.baseURL, publishableKey: store.guest.headers["x-publishable-api-key"] })
      const as = (shopper: Shopper) => ({ headers: { authorization: shopper.headers.headers.authorization } })

      expect((await getMemberStanding(shared, as(lan))).loyalty.balance).toBe(300)
      expect((await getMemberStanding(shared, as(mai))).loyalty.balance).toBe(350)
      expect((await listPointsHistory(shared, { limit: 1 }, as(mai))).entries.map((e) => e.points)).toEqual([50])
      expect((await rejection(getMemberStanding(shared))).status).toBe(401)
    })

    it("shows another shopper only her own standing, history, ratings, and not Lan's cart", async () => {
      await givePoints(getContainer(), lan.customer_id, 700)
      const cartId = await createCart(api, store, lan)
      const orderId = await placeOrder(api, store, lan)
      await rateVisit(sdk, ratings(orderId, 5))

      const mai = await registerShopper(api, store, "mai@example.vn")
      await subscribersIdle(getContainer())
      const maiSdk = sdkOf(mai)
      const standing = await getMemberStanding(maiSdk)
      expect(standing.loyalty.balance).toBe(300)
      expect(standing.loyalty.referral_code).not.toBe((await getMemberStanding(sdk)).loyalty.referral_code)
      const history = await listPointsHistory(maiSdk)
      expect(history.entries.map((e) => e.points)).toEqual([300])
      expect((await listMyFeedback(maiSdk)).count).toBe(0)
      expect((await rejection(applyPoints(maiSdk, cartId, 100))).status).toBe(404)
      // hers: the sign-up bonus, the grant and the 40 points her 400,000 ₫ order earned
      expect((await getMemberStanding(sdk)).loyalty.balance).toBe(300 + 700 + 40)
    })
  },
})
