import { Modules } from "@medusajs/framework/utils"
import { spaIntegrationTestRunner } from "../helpers/runner"
import expireLoyaltyPointsJob, { config as expiryJobConfig } from "../../src/jobs/expire-loyalty-points"
import loyaltyBirthdayBonusJob, { config as birthdayJobConfig } from "../../src/jobs/loyalty-birthday-bonus"
import { config as tierJobConfig } from "../../src/jobs/refresh-loyalty-tiers"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import { awardBirthdayBonusesWorkflow } from "../../src/workflows/loyalty/workflows/award-birthday-bonuses"
import { expirePointsWorkflow } from "../../src/workflows/loyalty/workflows/expire-points"
import { warnExpiringPointsWorkflow } from "../../src/workflows/loyalty/workflows/warn-expiring-points"
import { createAdminUser, createCustomers, type Headers } from "../helpers/auth"
import { pinClock, restoreClock } from "../helpers/clock"

jest.setTimeout(120_000)

const DAY = 86_400_000

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let id: Record<string, string>
    let account: Record<string, string>
    const base = new Date(Math.floor(Date.now() / DAY) * DAY + 12 * 3600_000) // today, noon UTC
    const day = (n: number) => new Date(base.getTime() + n * DAY)

    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)
    const balance = async (name: string) => (await loyalty().summarisePoints([account[name]], { now: base }))[0].balance
    const entries = async (name: string, kind: string) =>
      loyalty().listPointsEntries({ account_id: account[name], kind } as any, { order: { created_at: "ASC" } })
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({}, { order: { created_at: "ASC" } })

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const customers = await createCustomers(
        container,
        ["lan", "mai", "hoa"].map((n) => ({ email: `${n}@example.vn`, first_name: n[0].toUpperCase() + n.slice(1) }))
      )
      id = Object.fromEntries(customers.map((c) => [c.email.split("@")[0], c.id]))
      const accounts = await loyalty().ensureAccounts(Object.values(id))
      account = Object.fromEntries(accounts.map((a) => [customers.find((c) => c.id === a.customer_id)!.email.split("@")[0], a.id]))
    })

    describe("expiry", () => {
      beforeEach(async () => {
        // lan: 100 points expiring in 10 days, 50 in 40 days, 30 already redeemed (taken from the oldest)
        await loyalty().bookEntries([
          { account_id: account.lan, kind: "earn", points: 100, reference: "order:o1:earn", reason: "Order", available_at: day(-300), expires_at: day(10) },
          { account_id: account.lan, kind: "earn", points: 50, reference: "order:o2:earn", reason: "Order", available_at: day(-200), expires_at: day(40) },
        ])
        await loyalty().bookEntries([{ account_id: account.lan, kind: "redeem", points: -30, reference: "redeem:cart:c1", reason: "Checkout" }])
        // mai spent all she earned: nothing of hers can expire
        await loyalty().bookEntries([
          { account_id: account.mai, kind: "earn", points: 80, reference: "order:o3:earn", reason: "Order", available_at: day(-300), expires_at: day(5) },
        ])
        await loyalty().bookEntries([{ account_id: account.mai, kind: "redeem", points: -80, reference: "redeem:cart:c2", reason: "Checkout" }])
      })

      it("expires the oldest points first, what is left of them after redemptions, once per day however often it runs", async () => {
        expect((await expirePointsWorkflow(getContainer()).run({ input: { now: day(5) } })).result).toEqual({ entries: 0, points: 0 })

        const first = await expirePointsWorkflow(getContainer()).run({ input: { now: day(11) } })
        expect(first.result).toEqual({ entries: 1, points: 70 })
        const again = await expirePointsWorkflow(getContainer()).run({ input: { now: new Date(day(11).getTime() + 3600_000) } })
        expect(again.result).toEqual({ entries: 0, points: 0 })
        const [expired] = await entries("lan", "expire")
        expect(expired).toEqual(
          expect.objectContaining({ points: -70, reference: `expire:${account.lan}:${day(11).toISOString().slice(0, 10)}` })
        )
        expect((await entries("lan", "expire")).length).toBe(1)
        expect(await balance("lan")).toBe(50)
        expect(await entries("mai", "expire")).toEqual([])

        // the newer 50 points expire on their own day
        expect((await expirePointsWorkflow(getContainer()).run({ input: { now: day(41) } })).result).toEqual({ entries: 1, points: 50 })
        expect(await balance("lan")).toBe(0)
        expect((await expirePointsWorkflow(getContainer()).run({ input: { now: day(42) } })).result).toEqual({ entries: 0, points: 0 })
      })

      it("warns by email, once per expiring batch, only members who still hold points that expire soon", async () => {
        const warn = async (now: Date) => (await warnExpiringPointsWorkflow(getContainer()).run({ input: { now } })).result
        expect(await warn(base)).toEqual({ warned: 1 })
        expect(await warn(day(1))).toEqual({ warned: 0 })

        let sent = await notifications()
        expect(sent).toHaveLength(1)
        expect(sent[0]).toEqual(
          expect.objectContaining({
            to: "lan@example.vn",
            channel: "email",
            template: "loyalty-points-expiring",
            receiver_id: id.lan,
            data: { customer_id: id.lan, first_name: "Lan", points: 70, balance: 120, expires_on: day(10).toISOString().slice(0, 10) },
          })
        )

        // after the first batch expired, the next one (in 40 days) is within 30 days from day 11
        await expirePointsWorkflow(getContainer()).run({ input: { now: day(11) } })
        expect(await warn(day(11))).toEqual({ warned: 1 })
        sent = await notifications()
        expect(sent).toHaveLength(2)
        expect(sent[1].data).toEqual(expect.objectContaining({ points: 50, balance: 50, expires_on: day(40).toISOString().slice(0, 10) }))
      })

      it("warns nobody when warnings or expiry are switched off", async () => {
        await api.post("/admin/loyalty/settings", { expiry_warning_days: 0 }, admin)
        expect((await warnExpiringPointsWorkflow(getContainer()).run({ input: { now: base } })).result).toEqual({ warned: 0 })
        await api.post("/admin/loyalty/settings", { expiry_warning_days: 30, expiry_months: 0 }, admin)
        expect((await warnExpiringPointsWorkflow(getContainer()).run({ input: { now: base } })).result).toEqual({ warned: 0 })
        expect(await notifications()).toEqual([])
      })

      it("the daily job books what expired by now and then warns", async () => {
        await loyalty().bookEntries([
          { account_id: account.hoa, kind: "earn", points: 40, reference: "order:o4:earn", reason: "Order", available_at: day(-400), expires_at: new Date(Date.now() - 60_000) },
        ])
        expect(expiryJobConfig).toEqual({ name: "expire-loyalty-points", schedule: expect.any(String) })
        expect(tierJobConfig.name).toBe("refresh-loyalty-tiers")
        await expireLoyaltyPointsJob(getContainer())
        expect((await entries("hoa", "expire")).map((e) => e.points)).toEqual([-40])
        expect((await notifications()).map((n) => n.to)).toEqual(["lan@example.vn"])
      })
    })

    describe("birthday bonus", () => {
      const setBirthday = (name: string, birthday: string) => api.post(`/admin/customers/${id[name]}/crm`, { birthday }, admin)
      const award = async (now: Date) => (await awardBirthdayBonusesWorkflow(getContainer()).run({ input: { now } })).result.awarded

      it("gives the settings' bonus plus the tier's once a year, on the birthday", async () => {
        await setBirthday("lan", "1990-06-15")
        await setBirthday("mai", "1992-06-16")
        await loyalty().updateLoyaltyAccounts({ id: account.lan, tier_id: "lytier_gold" } as any)
        const birthday = new Date("2031-06-15T00:05:00Z")

        expect(await award(birthday)).toEqual([{ customer_id: id.lan, points: 200 + 100 }])
        expect(await award(new Date("2031-06-15T18:00:00Z"))).toEqual([])
        const [bonus] = await entries("lan", "earn")
        expect(bonus).toEqual(expect.objectContaining({ points: 300, reference: `birthday:${id.lan}:2031`, reason: "Birthday bonus" }))
        // valid as long as any points (12 months by default)
        expect(new Date(bonus.expires_at!).toISOString()).toBe("2032-06-15T00:05:00.000Z")
        expect(await entries("mai", "earn")).toEqual([])

        expect(await award(new Date("2032-06-15T00:05:00Z"))).toEqual([{ customer_id: id.lan, points: 300 }])
        expect((await entries("lan", "earn")).map((e) => e.reference)).toEqual([`birthday:${id.lan}:2031`, `birthday:${id.lan}:2032`])
      })

      it("celebrates 29 February on the 28th in other years, and books nothing when there is no bonus", async () => {
        await setBirthday("hoa", "2000-02-29")
        expect(await award(new Date("2031-02-28T00:05:00Z"))).toEqual([{ customer_id: id.hoa, points: 200 }])
        expect(await award(new Date("2032-02-28T00:05:00Z"))).toEqual([])
        expect(await award(new Date("2032-02-29T00:05:00Z"))).toEqual([{ customer_id: id.hoa, points: 200 }])

        await api.post("/admin/loyalty/settings", { birthday_bonus: 0 }, admin)
        expect(await award(new Date("2033-02-28T00:05:00Z"))).toEqual([])
      })

      it("the daily job awards the birthdays of the day it runs: 29 February a second before and after midnight UTC", async () => {
        expect(birthdayJobConfig.name).toBe("loyalty-birthday-bonus")
        await setBirthday("hoa", "2000-02-29")
        await setBirthday("mai", "1995-03-01")
        await setBirthday("lan", "1990-02-28")
        // the job reads the clock itself: it runs with the clock pinned to the moment it runs at
        const runAt = async (at: string) => {
          pinClock(at)
          try {
            await loyaltyBirthdayBonusJob(getContainer())
          } finally {
            restoreClock()
          }
        }
        const bonuses = async () =>
          (await loyalty().listPointsEntries({ account_id: Object.values(account), kind: "earn" } as any)).map((e) => e.reference).sort()

        await runAt("2028-02-29T23:59:59Z")
        expect(await bonuses()).toEqual([`birthday:${id.hoa}:2028`])
        await runAt("2028-03-01T00:00:01Z")
        expect(await bonuses()).toEqual([`birthday:${id.hoa}:2028`, `birthday:${id.mai}:2028`].sort())
        // a year without 29 February: she celebrates on the 28th
        await runAt("2027-02-28T00:05:00Z")
        expect(await bonuses()).toEqual(
          [`birthday:${id.hoa}:2028`, `birthday:${id.mai}:2028`, `birthday:${id.hoa}:2027`, `birthday:${id.lan}:2027`].sort()
        )
      })
    })
  },
})
