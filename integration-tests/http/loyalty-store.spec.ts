import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { refreshOrderFactsWorkflow } from "../../src/workflows/customer-facts/workflows/refresh-order-facts"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { failure } from "../helpers/auth"
import { pinClock, restoreClock } from "../helpers/clock"
import { createStorefront, registerShopper, setLoyaltyRules, type Shopper, type Storefront } from "../helpers/storefront"

jest.setTimeout(120_000)

const DAY = 86_400_000

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Storefront
    let lan: Shopper
    let loyalty: LoyaltyModuleService

    beforeEach(async () => {
      const container = getContainer()
      loyalty = container.resolve(LOYALTY_MODULE)
      await setLoyaltyRules(container, { signup_bonus: 0, tier_window: "rolling", tier_window_months: 12, point_values: { vnd: 500, usd: 0.05 } })
      store = await createStorefront(container)
      lan = await registerShopper(api, store, "lan@example.vn")
    })

    async function accountOf(customerId: string) {
      const [account] = await loyalty.ensureAccounts([customerId])
      return account
    }

    describe("GET /store/customers/me/loyalty", () => {
      it("answers 401 without a signed-in customer", async () => {
        const res = await failure(api.get("/store/customers/me/loyalty", store.guest))
        expect(res.status).toBe(401)
      })

      it("shows her points, what is pending and expiring soon, her tier, the next one with the spend still needed, and her referral code", async () => {
        const account = await accountOf(lan.customer_id)
        const now = Date.now()
        await loyalty.bookEntries([
          { account_id: account.id, kind: "earn", points: 1000, reference: "t:1", reason: "Facial", expires_at: new Date(now + 10 * DAY) },
          { account_id: account.id, kind: "earn", points: 500, reference: "t:2", reason: "Massage", expires_at: new Date(now + 200 * DAY) },
          { account_id: account.id, kind: "earn", points: 300, reference: "t:3", reason: "Pending", available_at: new Date(now + 5 * DAY) },
        ])
        await loyalty.bookEntries([{ account_id: account.id, kind: "redeem", points: -100, reference: "t:4", reason: "Spent at checkout" }])
        await loyalty.updateLoyaltyAccounts({ id: account.id, tier_id: "lytier_gold" } as any)
        const { result: order } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: store.region_id,
            customer_id: lan.customer_id,
            email: lan.email,
            items: [{ title: "Spa day", quantity: 1, unit_price: 6_000_000 }],
          },
        })
        // what order.placed does first: the order's facts, where her spend is read
        await refreshOrderFactsWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })

        const res = await api.get("/store/customers/me/loyalty", lan.headers)
        expect(res.status).toBe(200)
        expect(res.data.loyalty).toEqual({
          balance: 1700,
          pending: 300,
          spendable: 1400,
          // the oldest-expiring points go first: 100 of the 1,000 expiring in 10 days are already spent
          expiring_soon: 900,
          tier: { handle: "gold", name: "Gold", rank: 1 },
          next_tier: { handle: "platinum", name: "Platinum", rank: 2, min_spend: { vnd: 15_000_000, usd: 600, eur: 600 } },
          spend: { vnd: 6_000_000 },
          // reaching the minimum in any one currency is enough
          spend_needed: { vnd: 9_000_000, usd: 600, eur: 600 },
          referral_code: account.referral_code,
          point_values: { vnd: 500, usd: 0.05 },
          min_redeem_points: expect.any(Number),
          max_redeem_percent: expect.any(Number),
        })
        expect(account.referral_code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/)
      })

      it("opens the account on first look: a new member has no points and the first tier she has not reached as the goal", async () => {
        const res = await api.get("/store/customers/me/loyalty", lan.headers)
        expect(res.data.loyalty).toEqual(
          expect.objectContaining({
            balance: 0,
            pending: 0,
            spendable: 0,
            expiring_soon: 0,
            tier: null,
            // Standard needs no spend: she already reaches it, so the goal is Gold
            next_tier: expect.objectContaining({ handle: "gold" }),
            spend: {},
            spend_needed: { vnd: 5_000_000, usd: 200, eur: 200 },
            referral_code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/),
          })
        )
        const again = await api.get("/store/customers/me/loyalty", lan.headers)
        expect(again.data.loyalty.referral_code).toBe(res.data.loyalty.referral_code)
      })

      it("shows the top tier with no next tier", async () => {
        const account = await accountOf(lan.customer_id)
        await loyalty.updateLoyaltyAccounts({ id: account.id, tier_id: "lytier_luxurious" } as any)
        const res = await api.get("/store/customers/me/loyalty", lan.headers)
        expect(res.data.loyalty).toEqual(
          expect.objectContaining({ tier: { handle: "luxurious", name: "Luxurious", rank: 4 }, next_tier: null, spend_needed: {} })
        )
      })

      it("shows each shopper only her own standing", async () => {
        const lanAccount = await accountOf(lan.customer_id)
        await loyalty.bookEntries([{ account_id: lanAccount.id, kind: "earn", points: 700, reference: "t:lan", reason: "Facial" }])
        const mai = await registerShopper(api, store, "mai@example.vn")

        const mine = await api.get("/store/customers/me/loyalty", mai.headers)
        expect(mine.data.loyalty.balance).toBe(0)
        expect(mine.data.loyalty.referral_code).not.toBe(lanAccount.referral_code)
        const hers = await api.get("/store/customers/me/loyalty", lan.headers)
        expect(hers.data.loyalty.balance).toBe(700)
      })
    })

    describe("GET /store/customers/me/loyalty/entries", () => {
      it("answers 401 without a signed-in customer", async () => {
        const res = await failure(api.get("/store/customers/me/loyalty/entries", store.guest))
        expect(res.status).toBe(401)
      })

      it("lists her history newest first, a page at a time, and nobody else's", async () => {
        const account = await accountOf(lan.customer_id)
        // one entry a minute: "newest first" never depends on two bookings falling in the same millisecond
        const firstAt = Date.now() - 3_600_000
        for (const [i, points] of [100, 200, -50, 300, 400].entries()) {
          pinClock(new Date(firstAt + i * 60_000))
          await loyalty.bookEntries([
            { account_id: account.id, kind: points > 0 ? "earn" : "redeem", points, reference: `t:${i}`, reason: `entry ${i}`, order_id: i === 1 ? "order_1" : null },
          ])
        }
        restoreClock()
        const mai = await registerShopper(api, store, "mai@example.vn")
        const maiAccount = await accountOf(mai.customer_id)
        await loyalty.bookEntries([{ account_id: maiAccount.id, kind: "earn", points: 999, reference: "t:mai", reason: "Mai's" }])

        const all = await api.get("/store/customers/me/loyalty/entries", lan.headers)
        expect(all.data).toEqual(expect.objectContaining({ count: 5, limit: 20, offset: 0 }))
        expect(all.data.entries.map((e: any) => e.points)).toEqual([400, 300, -50, 200, 100])
        expect(all.data.entries[3]).toEqual(
          expect.objectContaining({ id: expect.any(String), kind: "earn", points: 200, reason: "entry 1", order_id: "order_1", created_at: expect.any(String) })
        )
        expect(all.data.entries[0]).not.toHaveProperty("reference")

        const page = await api.get("/store/customers/me/loyalty/entries?limit=2&offset=1", lan.headers)
        expect(page.data).toEqual(expect.objectContaining({ count: 5, limit: 2, offset: 1 }))
        expect(page.data.entries.map((e: any) => e.points)).toEqual([300, -50])

        const hers = await api.get("/store/customers/me/loyalty/entries", mai.headers)
        expect(hers.data.entries.map((e: any) => e.points)).toEqual([999])

        // one order's entries, hers only: Mai asking for Lan's order sees nothing
        const ofOrder = await api.get("/store/customers/me/loyalty/entries?order_id=order_1", lan.headers)
        expect([ofOrder.data.count, ofOrder.data.entries.map((e: any) => e.points)]).toEqual([1, [200]])
        expect((await api.get("/store/customers/me/loyalty/entries?order_id=order_1", mai.headers)).data.count).toBe(0)
      })

      it("answers an empty page for a member without history", async () => {
        const res = await api.get("/store/customers/me/loyalty/entries", lan.headers)
        expect(res.data).toEqual({ entries: [], count: 0, limit: 20, offset: 0 })
      })

      it.each([
        ["limit=0", "limit"],
        ["limit=500", "limit"],
        ["limit=abc", "limit"],
        ["offset=-1", "offset"],
        ["kind=earn", "kind"],
        ["order_id=a%20b", "order_id"],
      ])("rejects %s with a 400 naming %s", async (params, field) => {
        const res = await failure(api.get(`/store/customers/me/loyalty/entries?${params}`, lan.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })
    })
  },
})
