import { spaIntegrationTestRunner } from "../helpers/runner"
import { DEFAULT_SETTINGS } from "../../src/modules/loyalty/defaults"
import { createAdminUser, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      ;({ headers: admin } = await createAdminUser(getContainer()))
    })

    const settings = async () => (await api.get("/admin/loyalty/settings", admin)).data.settings

    describe("GET /admin/loyalty/settings", () => {
      it("answers the defaults before anyone changed them", async () => {
        const res = await api.get("/admin/loyalty/settings", admin)
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual(expect.objectContaining({ ...DEFAULT_SETTINGS, id: expect.any(String) }))
      })
    })

    describe("POST /admin/loyalty/settings", () => {
      it("changes only the fields sent, and a map sent replaces the stored one", async () => {
        const res = await api.post(
          "/admin/loyalty/settings",
          { earn_rates: { vnd: 20000, usd: 2 }, collection_multipliers: { pcol_oils: 2 }, expiry_months: 0, tier_window: "lifetime" },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.settings).toEqual(
          expect.objectContaining({
            // eur is gone: the map replaced, not merged
            earn_rates: { vnd: 20000, usd: 2 },
            collection_multipliers: { pcol_oils: 2 },
            expiry_months: 0,
            tier_window: "lifetime",
            point_values: DEFAULT_SETTINGS.point_values,
            max_redeem_percent: DEFAULT_SETTINGS.max_redeem_percent,
          })
        )
        expect(await settings()).toEqual(res.data.settings)

        await api.post("/admin/loyalty/settings", { collection_multipliers: {}, downgrade_nightly_only: false, max_redeem_percent: 30 }, admin)
        expect(await settings()).toEqual(
          expect.objectContaining({ collection_multipliers: {}, downgrade_nightly_only: false, max_redeem_percent: 30, earn_rates: { vnd: 20000, usd: 2 } })
        )
      })

      it.each([
        [{ earn_rates: { VND: 10000 } }, /earn_rates.VND: expected a 3-letter lowercase currency code/],
        [{ earn_rates: { vnd: 0 } }, /earn_rates.vnd: expected a number of at least 0.01/],
        [{ earn_rates: {} }, /earn_rates: give at least one currency/],
        [{ point_values: { usd: -0.05 } }, /point_values.usd: expected a number above 0/],
        [{ point_values: { usd: "0.05" } }, /point_values.usd: expected a number above 0/],
        [{ collection_multipliers: { pcol_oils: 0 } }, /collection_multipliers.pcol_oils/],
        [{ max_redeem_percent: 0 }, /max_redeem_percent/],
        [{ max_redeem_percent: 101 }, /max_redeem_percent/],
        [{ max_redeem_percent: 12.5 }, /max_redeem_percent/],
        [{ expiry_months: 121 }, /expiry_months/],
        [{ expiry_months: -1 }, /expiry_months/],
        [{ pending_days: 1.5 }, /pending_days/],
        [{ signup_bonus: -5 }, /signup_bonus/],
        [{ tier_window: "weekly" }, /tier_window/],
        [{ tier_window_months: 0 }, /tier_window_months/],
        [{ downgrade_nightly_only: "yes" }, /downgrade_nightly_only/],
        [{ points_per_visit: 1 }, /Unrecognized fields: 'points_per_visit'/],
      ])("rejects %j with a 400 naming the field and writes nothing", async (body, message) => {
        await settings() // the first read creates them
        const before = await settings()
        const res = await failure(api.post("/admin/loyalty/settings", { signup_bonus: 999, ...body }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await settings()).toEqual(before)
      })

      it("answers 401 without an admin", async () => {
        expect((await failure(api.get("/admin/loyalty/settings"))).status).toBe(401)
        expect((await failure(api.post("/admin/loyalty/settings", { signup_bonus: 1 }))).status).toBe(401)
      })
    })
  },
})
