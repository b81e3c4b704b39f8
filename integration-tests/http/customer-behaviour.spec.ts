import {
  createCustomerAddressesWorkflow,
  createCustomersWorkflow,
  createOrderWorkflow,
  deleteCustomerAddressesWorkflow,
  updateCustomersWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../src/modules/customer-facts"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { DEFAULT_BEHAVIOUR_RULES } from "../../src/types/customer-behaviour"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { createRegions, emitEvent, waitFor } from "../helpers/loyalty-orders"
import { pinClock } from "../helpers/clock"

jest.setTimeout(300_000)

const DAY = 86_400_000
const NOW = new Date("2026-12-02T12:00:00Z")

/**
 * A spread of ten buyers whose quintiles are worked out by hand (ties on the
 * same value are split by customer id): [days since her last order, orders,
 * spend in VND] → the scores and class the default table gives.
 */
const SPREAD: Record<string, { days: number; orders: number; spend: number; expect: [number, number, number, string] }> = {
  a: { days: 0, orders: 8, spend: 9_000_000, expect: [5, 5, 5, "champions"] },
  b: { days: 5, orders: 6, spend: 5_000_000, expect: [4, 5, 5, "loyal"] },
  c: { days: 20, orders: 5, spend: 3_000_000, expect: [4, 4, 4, "loyal"] },
  d: { days: 40, orders: 4, spend: 2_000_000, expect: [3, 4, 4, "loyal"] },
  e: { days: 60, orders: 3, spend: 1_500_000, expect: [3, 3, 3, "need_attention"] },
  f: { days: 90, orders: 2, spend: 1_000_000, expect: [2, 2, 3, "at_risk"] },
  g: { days: 150, orders: 2, spend: 800_000, expect: [2, 3, 2, "at_risk"] },
  h: { days: 200, orders: 1, spend: 500_000, expect: [1, 1, 2, "lost"] },
  // a fresh single order: new
  i: { days: 1, orders: 1, spend: 200_000, expect: [5, 1, 1, "new"] },
  // an old single order: lost
  j: { days: 400, orders: 1, spend: 100_000, expect: [1, 2, 1, "lost"] },
}

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    const facts = () => getContainer().resolve<CustomerFactsModuleService>(CUSTOMER_FACTS_MODULE)

    beforeEach(async () => {
      ;({ headers: admin } = await createAdminUser(getContainer()))
    })

    /** Her counted orders, written through the facts module: the last `days` ago, the others ten days apart before it. */
    async function buy(customerId: string, { days, orders, spend, currency = "vnd" }: { days: number; orders: number; spend: number; currency?: string }) {
      const now = Date.now()
      await facts().recordOrders(
        Array.from({ length: orders }, (_, k) => ({
          order_id: `order_${customerId}_${currency}_${k}`,
          exists: true,
          customer_id: customerId,
          currency_code: currency,
          placed_at: new Date(now - days * DAY - k * 10 * DAY - (days === 0 ? 2 * 3_600_000 : 0)),
          counted: true,
          current_total: String(spend / orders),
          paid_total: String(spend / orders),
          refunded_total: "0",
          net_spend: String(spend / orders),
        }))
      )
    }

    /** Customers through Medusa's workflow (customer.created opens their facts). */
    async function registered(...emails: string[]) {
      const { result } = await createCustomersWorkflow(getContainer()).run({ input: { customersData: emails.map((email) => ({ email })) } })
      await waitFor(async () => (await facts().listCustomerFacts({ customer_id: result.map((c) => c.id) })).length === emails.length)
      return result
    }

    /** The spread, with `a` a real customer (the admin reads her behaviour) and the others plain ids. */
    async function buySpread() {
      const [lan] = await registered("lan@example.vn")
      const ids: Record<string, string> = {}
      for (const [key, buyer] of Object.entries(SPREAD)) {
        ids[key] = key === "a" ? lan.id : `cus_bhv_${key}`
        await buy(ids[key], buyer)
      }
      return ids
    }

    async function scoresOf(ids: Record<string, string>) {
      const rows = await facts().listCustomerFacts({ customer_id: Object.values(ids) }, { take: null })
      const byId = new Map(rows.map((r) => [r.customer_id, r]))
      return Object.fromEntries(
        Object.entries(ids).map(([key, id]) => {
          const r = byId.get(id)!
          return [key, [r.recency_score, r.frequency_score, r.monetary_score, r.behaviour_class]]
        })
      )
    }

    const score = () => api.post("/admin/customer-behaviour/score", {}, admin)

    it("scores by quintile: a recent frequent big spender is a champion, an old single order lost, a fresh one new; no order, no class", async () => {
      pinClock(NOW)
      const ids = await buySpread()
      const [walkIn] = await registered("walk-in@example.vn")

      const { data } = await score()
      expect(await scoresOf(ids)).toEqual(Object.fromEntries(Object.entries(SPREAD).map(([k, b]) => [k, b.expect])))
      expect(data.scoring).toMatchObject({ scored: 10, scored_at: NOW.toISOString() })
      expect(data.scoring.by_class).toMatchObject({ champions: 1, loyal: 3, need_attention: 1, at_risk: 2, lost: 2, new: 1, cant_lose: 0 })
      expect(data.scoring.by_group).toEqual({ new: 1, returning: 1, loyal: 4, at_risk: 2, lost: 2 })

      const overview = (await api.get("/admin/customer-behaviour", admin)).data
      expect(overview).toMatchObject({ rules: DEFAULT_BEHAVIOUR_RULES, last_scored_at: NOW.toISOString(), by_class: data.scoring.by_class })
      expect((await api.get(`/admin/customers/${ids.a}/behaviour`, admin)).data.behaviour).toEqual({
        recency_score: 5,
        frequency_score: 5,
        monetary_score: 5,
        behaviour_class: "champions",
        behaviour_group: "loyal",
        scored_at: NOW.toISOString(),
      })
      // registered, never ordered: all null
      expect((await api.get(`/admin/customers/${walkIn.id}/behaviour`, admin)).data.behaviour).toEqual({
        recency_score: null,
        frequency_score: null,
        monetary_score: null,
        behaviour_class: null,
        behaviour_group: null,
        scored_at: null,
      })
      expect((await failure(api.get("/admin/customers/cus_missing/behaviour", admin))).status).toBe(404)

      // j's only order canceled: she has no counted order any more, and loses her class
      await facts().recordOrders([{ order_id: `order_${ids.j}_vnd_0`, exists: true, customer_id: ids.j, currency_code: "vnd", placed_at: new Date(Date.now() - 400 * DAY), counted: false, net_spend: "0" }])
      const again = (await score()).data.scoring
      expect(again).toMatchObject({ scored: 9, cleared: 1 })
      const [j] = await facts().listCustomerFacts({ customer_id: ids.j })
      expect([j.recency_score, j.frequency_score, j.monetary_score, j.behaviour_class, j.behaviour_group, j.behaviour_scored_at]).toEqual([null, null, null, null, null, null])
    })

    it("ranks spend within each currency and keeps her best rank", async () => {
      pinClock(NOW)
      for (let k = 1; k <= 5; k++) {
        await buy(`cus_bhv_v${k}`, { days: 10 * k, orders: 1, spend: 1_000_000 * k })
        await buy(`cus_bhv_u${k}`, { days: 10 * k, orders: 1, spend: 10 * k, currency: "usd" })
      }
      // the least in VND, the most in USD
      await buy("cus_bhv_x", { days: 3, orders: 1, spend: 100_000 })
      await buy("cus_bhv_x", { days: 3, orders: 1, spend: 60, currency: "usd" })
      await score()
      const monetary = async (id: string) => (await facts().listCustomerFacts({ customer_id: id }))[0].monetary_score
      // VND: x, v1 | v2 | v3 | v4 | v5; USD: u1, u2 | u3 | u4 | u5 | x — 50 USD is not compared with 5,000,000 VND
      expect(await Promise.all(["v1", "v5", "u1", "u5", "x"].map((k) => monetary(`cus_bhv_${k}`)))).toEqual([1, 5, 1, 4, 5])
    })

    it("re-scores when the clock has moved a year and others kept buying: the fresh customer is about to sleep", async () => {
      pinClock(NOW)
      const ids = await buySpread()
      await score()
      expect((await scoresOf({ i: ids.i })).i).toEqual([5, 1, 1, "new"])

      const later = new Date(NOW.getTime() + 365 * DAY)
      pinClock(later)
      // a token signed a year ago has expired
      ;({ headers: admin } = await createAdminUser(getContainer(), "night-manager@spa.test"))
      for (let k = 1; k <= 10; k++) await buy(`cus_bhv_n${String(k).padStart(2, "0")}`, { days: 0.5, orders: 1, spend: 300_000 })
      const { data } = await score()
      expect(data.scoring.scored_at).toBe(later.toISOString())
      // 20 buyers: i's 366 days rank her 9th of 20 by recency (R3); one order and 200,000 ₫ keep F and M at 1
      expect((await scoresOf({ i: ids.i })).i).toEqual([3, 1, 1, "about_to_sleep"])
      const [i] = await facts().listCustomerFacts({ customer_id: ids.i })
      expect(i.behaviour_scored_at).toEqual(later)
    })

    it("refuses a class table that leaves a cell uncovered or a range reversed, naming it, and re-scores with a saved one", async () => {
      pinClock(NOW)
      const ids = await buySpread()
      await score()

      const uncovered = await failure(
        api.post("/admin/customer-behaviour/settings", { rules: DEFAULT_BEHAVIOUR_RULES.filter((r) => r.class !== "new") }, admin)
      )
      expect(uncovered.status).toBe(400)
      expect(uncovered.data.message).toContain("no rule covers recency 5 with frequency-monetary 1")
      const reversed = await failure(
        api.post("/admin/customer-behaviour/settings", { rules: [{ ...DEFAULT_BEHAVIOUR_RULES[0], recency: [5, 4] }, ...DEFAULT_BEHAVIOUR_RULES.slice(1)] }, admin)
      )
      expect(reversed.status).toBe(400)
      expect(reversed.data.message).toContain("rules.0.recency")
      const unknown = await failure(api.post("/admin/customer-behaviour/settings", { rules: [{ ...DEFAULT_BEHAVIOUR_RULES[0], class: "vip" }] }, admin))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("class")
      expect((await api.get("/admin/customer-behaviour", admin)).data.rules).toEqual(DEFAULT_BEHAVIOUR_RULES)

      // a first-time buyer is "promising" wherever she is recent, ahead of the default "new"
      const rules = [{ class: "promising", group: "new", recency: [4, 5], frequency_monetary: [1, 1] }, ...DEFAULT_BEHAVIOUR_RULES]
      const { data } = await api.post("/admin/customer-behaviour/settings", { rules }, admin)
      expect(data.rules).toEqual(rules)
      expect(data.scoring.by_class).toMatchObject({ promising: 1, new: 0 })
      expect((await scoresOf({ i: ids.i })).i).toEqual([5, 1, 1, "promising"])
      expect((await api.get("/admin/customer-behaviour", admin)).data.rules).toEqual(rules)
    })

    it("keeps her city and country from her own address (default billing first), else her last order's, and the rebuild fills them", async () => {
      const container = getContainer()
      const region = await createRegions(container, ["vnd"])
      const { result: [lan] } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [
            {
              email: "lan@example.vn",
              addresses: [
                { city: "Hà Nội", country_code: "vn", is_default_shipping: true },
                { city: "  Hồ Chí Minh ", country_code: "VN", is_default_billing: true },
              ],
            },
          ],
        },
      })
      const [mai, hoa] = await registered("mai@example.vn", "hoa@example.vn")
      const place = async (id: string) => {
        const [f] = await facts().listCustomerFacts({ customer_id: id })
        return f && [f.city, f.city_key, f.country_code]
      }
      await waitFor(async () => (await place(lan.id))?.[0])
      expect(await place(lan.id)).toEqual(["Hồ Chí Minh", "ho chi minh", "vn"])
      expect(await place(mai.id)).toEqual([null, null, null])

      // no address of her own: her last order's shipping address, else its billing one
      const order = async (customerId: string, addresses: Partial<CreateOrderDTO>) => {
        const { result } = await createOrderWorkflow(container).run({
          input: { region_id: region.vnd, customer_id: customerId, items: [{ title: "Facial", quantity: 1, unit_price: 400_000 }], ...addresses } as CreateOrderDTO,
        })
        await emitEvent(container, "order.placed", { id: result.id })
        return result
      }
      await order(mai.id, { shipping_address: { city: "Đà Nẵng", country_code: "vn" } })
      await order(hoa.id, { billing_address: { city: "Cần Thơ", country_code: "vn" } })
      await waitFor(async () => (await place(mai.id))[0] && (await place(hoa.id))[0])
      expect(await place(mai.id)).toEqual(["Đà Nẵng", "da nang", "vn"])
      expect(await place(hoa.id)).toEqual(["Cần Thơ", "can tho", "vn"])

      // her own address, once she has one, wins over her orders' (read in the address workflow's hook: Medusa emits no event)
      const { result: [hue] } = await createCustomerAddressesWorkflow(container).run({
        input: { addresses: [{ customer_id: mai.id, city: "Huế", country_code: "vn" }] },
      })
      expect(await place(mai.id)).toEqual(["Huế", "hue", "vn"])
      // a later order elsewhere does not move her
      await order(mai.id, { shipping_address: { city: "Nha Trang", country_code: "vn" } })
      await waitFor(async () => (await facts().listCustomerFacts({ customer_id: mai.id }))[0].orders_count === 2)
      expect(await place(mai.id)).toEqual(["Huế", "hue", "vn"])
      // her address deleted (that hook names no customer), then her account edited: customer.updated reads her place again
      await deleteCustomerAddressesWorkflow(container).run({ input: { ids: [hue.id] } })
      await updateCustomersWorkflow(container).run({ input: { selector: { id: mai.id }, update: { first_name: "Mai" } } })
      await waitFor(async () => (await place(mai.id))[0] === "Nha Trang")
      expect(await place(mai.id)).toEqual(["Nha Trang", "nha trang", "vn"])

      // the rebuild finds them all again
      await dbConnection.raw(`UPDATE facts_customer SET city = NULL, city_key = NULL, country_code = NULL, address_from = NULL`)
      await rebuildCustomerFacts(container)
      expect([await place(lan.id), await place(mai.id), await place(hoa.id)]).toEqual([
        ["Hồ Chí Minh", "ho chi minh", "vn"],
        ["Nha Trang", "nha trang", "vn"],
        ["Cần Thơ", "can tho", "vn"],
      ])
    })
  },
})
