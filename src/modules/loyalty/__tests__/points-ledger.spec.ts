import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { LOYALTY_MODULE } from ".."
import LoyaltyModuleService from "../service"

jest.setTimeout(60_000)

const DAY = 86400_000

moduleIntegrationTestRunner<LoyaltyModuleService>({
  moduleName: LOYALTY_MODULE,
  resolve: "./src/modules/loyalty",
  testSuite: ({ service }) => {
    let accountId: string

    beforeEach(async () => {
      const [account] = await service.ensureAccounts(["cus_lan"])
      accountId = account.id
    })

    const earn = (points: number, reference: string, extra: Record<string, unknown> = {}) =>
      service.bookEntries([{ account_id: accountId, kind: "earn", points, reference, reason: "order", ...extra }])
    const summary = async (now?: Date) => (await service.summarisePoints([accountId], { now }))[0]

    it("opens one account per customer, with a referral code, however often it is asked", async () => {
      const again = await Promise.all([service.ensureAccounts(["cus_lan"]), service.ensureAccounts(["cus_lan", "cus_mai"])])
      expect(again[0][0].id).toBe(accountId)
      expect(again[1].map((a) => a.customer_id).sort()).toEqual(["cus_lan", "cus_mai"])
      expect(again[1][0].referral_code).toMatch(/^[A-Z2-9]{8}$/)
    })

    it("books an entry once per reference, however often it is replayed", async () => {
      await Promise.all(Array.from({ length: 10 }, () => earn(120, "order:o1:earn")))
      const entries = await service.listPointsEntries({ account_id: accountId })
      expect(entries).toHaveLength(1)
      expect((await summary()).balance).toBe(120)
    })

    it("never lets 50 concurrent redemptions overdraw the balance", async () => {
      await earn(1000, "order:o1:earn")
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          service.bookEntries([{ account_id: accountId, kind: "redeem", points: -30, reference: `redeem:cart_${i}`, reason: "checkout" }])
        )
      )
      const succeeded = attempts.filter((a) => a.status === "fulfilled").length
      expect(succeeded).toBe(33) // 33 × 30 = 990 ≤ 1000 < 34 × 30
      const entries = await service.listPointsEntries({ account_id: accountId }, { take: null })
      const sum = entries.reduce((s, e) => s + e.points, 0)
      expect(sum).toBe(10)
      expect((await summary()).balance).toBe(sum)
    })

    it("refuses a debit above the spendable balance, naming points", async () => {
      await earn(50, "order:o1:earn")
      await expect(
        service.bookEntries([{ account_id: accountId, kind: "redeem", points: -80, reference: "redeem:c1", reason: "checkout" }])
      ).rejects.toThrow(/points: only 50 points are available/)
    })

    it("clamps a reversal at zero and records what could not be recovered", async () => {
      await earn(100, "order:o1:earn", { order_id: "o1" })
      await service.bookEntries([{ account_id: accountId, kind: "redeem", points: -80, reference: "redeem:c1", reason: "checkout" }])
      const { created } = await service.bookEntries([
        { account_id: accountId, kind: "reverse", points: -100, reference: "order:o1:cancel", reason: "cancelled", order_id: "o1", clamp: true },
      ])
      expect(created[0].points).toBe(-20)
      expect(created[0].metadata).toEqual({ unrecovered_points: 80 })
      expect((await summary()).balance).toBe(0)
    })

    it("keeps earned points pending until available, and reverses pending points of the order", async () => {
      const now = new Date()
      await earn(100, "order:o1:earn", { order_id: "o1", available_at: new Date(now.getTime() + 7 * DAY) })
      await earn(40, "order:o0:earn", { order_id: "o0" })
      expect(await summary()).toEqual(expect.objectContaining({ balance: 140, pending: 100, spendable: 40 }))
      const { created } = await service.bookEntries([
        { account_id: accountId, kind: "reverse", points: -100, reference: "order:o1:cancel", reason: "cancelled", order_id: "o1", clamp: true },
      ])
      expect(created[0].points).toBe(-100)
      expect(await summary()).toEqual(expect.objectContaining({ balance: 40, pending: 0, spendable: 40 }))
    })

    it("expires the oldest points first, net of what was redeemed", async () => {
      const now = new Date()
      await earn(100, "order:old:earn", { order_id: "old", expires_at: new Date(now.getTime() - DAY) })
      await earn(70, "order:new:earn", { order_id: "new", expires_at: new Date(now.getTime() + 200 * DAY) })
      await service.bookEntries([{ account_id: accountId, kind: "redeem", points: -60, reference: "redeem:c1", reason: "checkout" }])
      // the 60 redeemed came out of the oldest 100: 40 of those are left to expire
      expect(await service.computeExpiredPoints(accountId, now)).toBe(40)
      await service.bookEntries([{ account_id: accountId, kind: "expire", points: -40, reference: "expire:1", reason: "expired" }])
      expect(await service.computeExpiredPoints(accountId, now)).toBe(0)
      expect((await summary(now)).balance).toBe(70)
      expect((await service.summarisePoints([accountId], { now, expiringWithinDays: 365 }))[0].expiring).toBe(70)
    })

    it("does not let a reversal of a new order make old points expire instead", async () => {
      const now = new Date()
      await earn(100, "order:old:earn", { order_id: "old", expires_at: new Date(now.getTime() - DAY) })
      await earn(50, "order:new:earn", { order_id: "new", expires_at: new Date(now.getTime() + 200 * DAY) })
      await service.bookEntries([
        { account_id: accountId, kind: "reverse", points: -50, reference: "order:new:cancel", reason: "cancelled", order_id: "new", clamp: true },
      ])
      expect(await service.computeExpiredPoints(accountId, now)).toBe(100)
    })

    it("creates the settings once, with the defaults", async () => {
      const [a, b] = await Promise.all([service.retrieveSettings(), service.retrieveSettings()])
      expect(a.id).toBe(b.id)
      expect(a.earn_rates).toEqual(expect.objectContaining({ vnd: 10000, usd: 1 }))
    })
  },
})
