import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { createAdminUser, createCustomers, failure, type Headers } from "../helpers/auth"

jest.setTimeout(120_000)

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

type Item = { title: string; quantity: number; unit_price: number }
type Stats = { source_id: string | null; name: string; customers: number; buyers: number; conversion_rate: number; revenue: { currency_code: string; amount: number }[] }

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    // the last 30 days up to tomorrow: orders and sign-ups from 60 and 90 days ago fall outside
    const window = () => `from=${daysAgo(30).toISOString()}&to=${daysAgo(-1).toISOString().slice(0, 10)}`
    const row = (rows: Stats[], name: string) => rows.find((r) => r.name === name)!

    beforeEach(async () => {
      const container = getContainer()
      ;({ headers: admin } = await createAdminUser(container))
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { result: regions } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Việt Nam", currency_code: "vnd" }, { name: "United States", currency_code: "usd" }] },
      })
      const region = { vnd: regions[0].id, usd: regions[1].id }

      const customers = await createCustomers(
        container,
        ["lan", "mai", "hoa", "anna", "john", "old", "walk1", "walk2", "walk3", "guest", "nosource"].map((n) => ({ email: `${n}@example.vn` }))
      )
      const id = Object.fromEntries(customers.map((c) => [c.email.split("@")[0], c.id]))
      const setSource = (name: string, source_id: string) => api.post(`/admin/customers/${id[name]}/crm`, { source_id }, admin)
      for (const name of ["lan", "mai", "hoa", "anna"]) await setSource(name, "crmsrc_facebook")
      await setSource("john", "crmsrc_website")
      await setSource("old", "crmsrc_referral")
      for (const name of ["walk1", "walk2", "walk3"]) await setSource(name, "crmsrc_walk_in")
      await api.post(`/admin/customers/${id.nosource}/crm`, { occupation: "Nurse" }, admin)
      // came through Referral 90 days ago, though her Medusa account is new
      await knex("crm_profile").where({ customer_id: id.old }).update({ acquired_at: daysAgo(90) })

      const order = async (name: string, currency: "vnd" | "usd", items: Item[], placedDaysAgo = 0) => {
        const { result } = await createOrderWorkflow(container).run({
          input: { region_id: region[currency], customer_id: id[name], email: `${name}@example.vn`, items },
        })
        if (placedDaysAgo) await knex("order").where({ id: result.id }).update({ created_at: daysAgo(placedDaysAgo) })
        return result
      }
      await order("lan", "vnd", [{ title: "Hydrating facial", quantity: 1, unit_price: 1_500_000 }])
      await order("lan", "vnd", [{ title: "Rose oil", quantity: 3, unit_price: 250_000 }])
      const canceled = await order("mai", "vnd", [{ title: "Hot-stone massage", quantity: 1, unit_price: 900_000 }])
      await cancelOrderWorkflow(container).run({ input: { order_id: canceled.id } })
      await order("anna", "usd", [{ title: "Gift voucher", quantity: 2, unit_price: 19.99 }])
      await order("anna", "usd", [{ title: "Gift voucher", quantity: 1, unit_price: 100 }], 60)
      await order("john", "usd", [{ title: "Manicure", quantity: 1, unit_price: 25.5 }], 60)
      await order("old", "vnd", [{ title: "Pedicure", quantity: 1, unit_price: 500_000 }])
      await order("walk1", "vnd", [{ title: "Body scrub", quantity: 2, unit_price: 500_000 }])
      await order("guest", "vnd", [{ title: "Eyebrow shaping", quantity: 1, unit_price: 300_000 }])
      // these orders were created (and backdated) without their events: the facts are read from them at once
      await rebuildCustomerFacts(container)
    })

    describe("GET /admin/crm/sources/stats", () => {
      it("counts customers, buyers, conversion and revenue per source and currency within the period", async () => {
        const res = await api.get(`/admin/crm/sources/stats?${window()}`, admin)
        expect(res.status).toBe(200)
        const rows: Stats[] = res.data.sources

        // lan bought twice (VND), anna once in the period (USD); mai's order was canceled, hoa never bought
        expect(row(rows, "Facebook")).toEqual({
          source_id: "crmsrc_facebook",
          name: "Facebook",
          customers: 4,
          buyers: 2,
          conversion_rate: 50,
          revenue: [
            { currency_code: "usd", amount: 39.98 },
            { currency_code: "vnd", amount: 2_250_000 },
          ],
        })
        // john's only order was placed before the period
        expect(row(rows, "Website")).toEqual(expect.objectContaining({ customers: 1, buyers: 0, conversion_rate: 0, revenue: [] }))
        // acquired before the period: neither she nor her order counts
        expect(row(rows, "Referral")).toEqual(expect.objectContaining({ customers: 0, buyers: 0, conversion_rate: 0, revenue: [] }))
        expect(row(rows, "Walk-in")).toEqual(
          expect.objectContaining({ customers: 3, buyers: 1, conversion_rate: 33.3, revenue: [{ currency_code: "vnd", amount: 1_000_000 }] })
        )
        // the customer with no profile and the one whose profile names no source
        expect(rows[rows.length - 1]).toEqual({
          source_id: null,
          name: "Unattributed",
          customers: 2,
          buyers: 1,
          conversion_rate: 50,
          revenue: [{ currency_code: "vnd", amount: 300_000 }],
        })
        expect(rows.map((r) => r.name)).toEqual([
          "Call-centre",
          "Facebook",
          "Facebook Lead Ads",
          "Google Maps",
          "Referral",
          "Walk-in",
          "Website",
          "Unattributed",
        ])
      })

      it("defaults to the last 12 months", async () => {
        const res = await api.get("/admin/crm/sources/stats", admin)
        const rows: Stats[] = res.data.sources
        expect(Date.parse(res.data.to) - Date.parse(res.data.from)).toBeGreaterThanOrEqual(365 * DAY)
        expect(Date.parse(res.data.to) - Date.parse(res.data.from)).toBeLessThanOrEqual(366 * DAY)
        expect(row(rows, "Facebook").revenue).toEqual([
          { currency_code: "usd", amount: 139.98 },
          { currency_code: "vnd", amount: 2_250_000 },
        ])
        expect(row(rows, "Website")).toEqual(expect.objectContaining({ customers: 1, buyers: 1, conversion_rate: 100 }))
        expect(row(rows, "Referral")).toEqual(
          expect.objectContaining({ customers: 1, buyers: 1, revenue: [{ currency_code: "vnd", amount: 500_000 }] })
        )
      })

      it("counts a deleted source's customers as unattributed", async () => {
        await api.delete("/admin/crm/sources/crmsrc_walk_in", admin)
        const rows: Stats[] = (await api.get(`/admin/crm/sources/stats?${window()}`, admin)).data.sources
        expect(rows.find((r) => r.name === "Walk-in")).toBeUndefined()
        expect(row(rows, "Unattributed")).toEqual(
          expect.objectContaining({ customers: 5, buyers: 2, conversion_rate: 40, revenue: [{ currency_code: "vnd", amount: 1_300_000 }] })
        )
      })

      it("rejects a period that ends before it starts, or a bad date, with a 400 naming the field", async () => {
        const reversed = await failure(api.get("/admin/crm/sources/stats?from=2025-06-01&to=2025-05-31", admin))
        expect(reversed.status).toBe(400)
        expect(reversed.data.message).toContain("from: must not be after to")

        const bad = await failure(api.get("/admin/crm/sources/stats?to=2025-02-30", admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("to")

        const unknown = await failure(api.get("/admin/crm/sources/stats?currency=vnd", admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("currency")
      })

      it("includes the whole last day when to is a date", async () => {
        // from the day the walk-ins came to today: one day, unless midnight UTC passed since
        const crm: CrmModuleService = getContainer().resolve(CRM_MODULE)
        const [first] = await crm.listCrmProfiles({ source_id: "crmsrc_walk_in" }, { order: { acquired_at: "ASC" }, take: 1 })
        const from = new Date(first.acquired_at!).toISOString().slice(0, 10)
        const today = new Date().toISOString().slice(0, 10)
        const rows: Stats[] = (await api.get(`/admin/crm/sources/stats?from=${from}&to=${today}`, admin)).data.sources
        expect(row(rows, "Walk-in")).toEqual(expect.objectContaining({ customers: 3, buyers: 1 }))
      })
    })
  },
})
