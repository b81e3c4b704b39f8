/**
 * A1–A8 on a small spa whose every figure is worked out by hand below: seven
 * customers, thirteen orders placed through Medusa's order workflow on the
 * days they happened (the app's clock moved to each), in VND and one in USD,
 * a cancelled order, a partial return, a customer without orders, feedback
 * with ratings and staff, two sources. The period is March 2026 in Ho Chi
 * Minh City's time, the previous period 29 January – 28 February; "now" is
 * 15 April 2026. The data set is built once (the runner restores it before
 * each test).
 *
 *   customer (source, created)            VND orders (counted unless said)
 *   Nguyễn Thị Hương (Facebook, 2025-09-01)  H1 10-05 facial 2,000,000 · H2 11-10 facial 2,000,000 · H3 01-10 massage 1,500,000
 *                                          · H4 02-10 facial + 2 serums 3,000,000 · H5 03-05 2 facials + serum 4,500,000
 *                                          · H6 03-20 massage + 2 serums 2,500,000 · (USD 03-12 facial $50)
 *   Trần Văn Minh (Walk-in, 2026-02-14)    M1 02-15 massage 1,200,000 · M2 03-10 massage 900,000 + 2 serums, one returned: 1,400,000
 *   王芳 (Facebook, 2026-03-07)              F1 03-08 2 facials 5,000,000 · F2 04-01 facial 2,000,000
 *   Lan Phạm, Thị (Walk-in, 2026-03-24)    L1 03-25 facial 900,000 · L2 03-26 massage 2,000,000, cancelled
 *   Đỗ Minh Anh (no source, 2025-07-01)    A1 2025-08-01 1,000,000 · A2 2025-09-01 1,000,000
 *   Hoàng Yến (Walk-in, 2026-03-15)        none
 *   Vũ Hà Giang (Facebook, 2026-02-04)     G1 02-05 facial 800,000
 *
 * Staff: Linh served H4, H5, L1; Mai served M1, M2, H6 and the USD order; both served F1.
 * Feedback (given on): H4 02-11 all 4 (Linh) · H5 03-06 5/5/5/4/4 (Linh) · F1 03-09 4/4/5/4/3
 * (Linh, Mai) · M2 03-11 2/2/3/3/2 (Mai) · USD 03-13 all 5 (Mai).
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  createCollectionsWorkflow,
  createCustomersWorkflow,
  createProductsWorkflow,
  createProductTypesWorkflow,
} from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { pinClock } from "../helpers/clock"
import { createOrder, createRegions, emitEvent, type OrderItem } from "../helpers/loyalty-orders"
import { createFrontDesk, fulfillItems, returnItems } from "../helpers/returns"
import { pluginRowsFingerprint } from "../helpers/routes"
import { subscribersIdle } from "../helpers/subscribers"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { rebuildCustomerFacts } from "../../src/workflows/customer-facts/rebuild-customer-facts"
import { upsertCrmProfileWorkflow } from "../../src/workflows/crm/workflows/upsert-crm-profile"
import { setOrderStaffWorkflow } from "../../src/workflows/feedback/workflows/set-order-staff"
import { createFeedbackWorkflow } from "../../src/workflows/feedback/workflows/create-feedback"
import type { AnalyticsResponse } from "../../src/types/analytics"

jest.setTimeout(600_000)

const NOW = "2026-04-15T05:00:00.000Z"
const MARCH = "from=2026-03-01&to=2026-03-31&tz=Asia/Ho_Chi_Minh"
/** 10:00 in Ho Chi Minh City on a day (03:00 UTC): far from any day's edge. */
const on = (day: string) => `${day}T03:00:00.000Z`
const kpi = (current: number | null, previous: number | null, change: number | null) => ({ current, previous, change })

type Fixture = {
  admin: Headers
  staff: { linh: string; mai: string }
  customers: Record<"huong" | "minh" | "fang" | "lan" | "anh" | "yen" | "giang", string>
  products: { facial: string; massage: string; serum: string }
  collections: { facials: string; massages: string; skincare: string }
}

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let f: Fixture

    // the whole spa, once: the runner snapshots the database after this and restores it before each test
    beforeAll(async () => {
      const container = getContainer()
      const crm: CrmModuleService = container.resolve(CRM_MODULE)
      pinClock(on("2025-07-01"))
      const region = await createRegions(container, ["vnd", "usd"])
      const desk = await createFrontDesk(container, ["vnd"])
      const { result: types } = await createProductTypesWorkflow(container).run({ input: { product_types: [{ value: "Product" }] } })
      const { result: collections } = await createCollectionsWorkflow(container).run({
        input: { collections: [{ title: "Facials" }, { title: "Massages" }, { title: "Skincare" }] },
      })
      const product = (title: string, collection: number, type?: string) => ({
        title,
        status: "published" as const,
        collection_id: collections[collection].id,
        ...(type ? { type_id: type } : {}),
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 1, currency_code: "vnd" }] }],
      })
      const { result: products } = await createProductsWorkflow(container).run({
        input: { products: [product("Hydrating facial", 0), product("Hot stone massage", 1), product("Vitamin C serum", 2, types[0].id)] },
      })
      const [facial, massage, serum] = products.map((p) => ({ product_id: p.id, variant_id: p.variants[0].id, title: p.title }))
      const [walkIn] = await crm.listCrmSources({ name: "Walk-in" })
      const [facebook] = await crm.listCrmSources({ name: "Facebook" })

      /** A customer created on her day, with her first source then (the CRM dates her acquisition to it). */
      const customer = async (day: string, data: { email: string; first_name: string; last_name: string; phone?: string }, source?: string) => {
        pinClock(on(day))
        const { result } = await createCustomersWorkflow(container).run({ input: { customersData: [data] } })
        if (source) await upsertCrmProfileWorkflow(container).run({ input: { customer_id: result[0].id, source_id: source } })
        return result[0].id
      }
      const anh = await customer("2025-07-01", { email: "anh@example.vn", first_name: "Anh", last_name: "Đỗ Minh" })
      const huong = await customer("2025-09-01", { email: "huong@example.vn", first_name: "Hương", last_name: "Nguyễn Thị", phone: "+84912345678" }, facebook.id)
      const giang = await customer("2026-02-04", { email: "giang@example.vn", first_name: "Giang", last_name: "Vũ Hà" }, facebook.id)
      const minh = await customer("2026-02-14", { email: "minh@example.vn", first_name: "Minh", last_name: "Trần Văn" }, walkIn.id)
      const fang = await customer("2026-03-07", { email: "fang@example.cn", first_name: "芳", last_name: "王" }, facebook.id)
      const yen = await customer("2026-03-15", { email: "yen@example.vn", first_name: "Yến", last_name: "Hoàng" }, walkIn.id)
      const lan = await customer("2026-03-24", { email: "lan@example.vn", first_name: "Lan", last_name: "Phạm, Thị" }, walkIn.id)

      // signed in "now" (a token signed on an earlier day would have expired by then)
      pinClock(NOW)
      const { user: linh, headers: linhHeaders } = await createAdminUser(container, "linh@spa.test")
      const { user: mai } = await createAdminUser(container, "mai@spa.test")
      await container.resolve(Modules.USER).updateUsers({ id: mai.id, first_name: "Mai", last_name: "Phạm" })

      const line = (item: typeof facial, quantity: number, unit_price: number): OrderItem => ({ ...item, quantity, unit_price })
      /** An order placed on its day through Medusa's workflow, with order.placed as checkout emits it, and who served it. */
      const order = async (day: string, customer_id: string, items: OrderItem[], staff: string[] = [], currency = "vnd") => {
        pinClock(on(day))
        const placed = await createOrder(container, { region_id: region[currency], customer_id, items })
        await emitEvent(container, "order.placed", { id: placed.id })
        if (staff.length) await setOrderStaffWorkflow(container).run({ input: { order_id: placed.id, user_ids: staff } })
        return placed.id
      }
      const rate = async (day: string, order_id: string, customer_id: string, r: [number, number, number, number, number]) => {
        pinClock(on(day))
        const [overall, service_quality, staff_attitude, space, price] = r
        await createFeedbackWorkflow(container).run({ input: { order_id, customer_id, overall, service_quality, staff_attitude, space, price } })
      }

      await order("2025-08-01", anh, [line(facial, 1, 1_000_000)])
      await order("2025-09-01", anh, [line(facial, 1, 1_000_000)])
      await order("2025-10-05", huong, [line(facial, 1, 2_000_000)])
      await order("2025-11-10", huong, [line(facial, 1, 2_000_000)])
      await order("2026-01-10", huong, [line(massage, 1, 1_500_000)])
      await order("2026-02-05", giang, [line(facial, 1, 800_000)])
      const h4 = await order("2026-02-10", huong, [line(facial, 1, 2_000_000), line(serum, 2, 500_000)], [linh.id])
      await rate("2026-02-11", h4, huong, [4, 4, 4, 4, 4])
      await order("2026-02-15", minh, [line(massage, 1, 1_200_000)], [mai.id])
      const h5 = await order("2026-03-05", huong, [line(facial, 2, 2_000_000), line(serum, 1, 500_000)], [linh.id])
      await rate("2026-03-06", h5, huong, [5, 5, 5, 4, 4])
      const f1 = await order("2026-03-08", fang, [line(facial, 2, 2_500_000)], [linh.id, mai.id])
      await rate("2026-03-09", f1, fang, [4, 4, 5, 4, 3])
      const m2 = await order("2026-03-10", minh, [line(massage, 1, 900_000), line(serum, 2, 500_000)], [mai.id])
      await rate("2026-03-11", m2, minh, [2, 2, 3, 3, 2])
      const hu = await order("2026-03-12", huong, [{ title: "Hydrating facial", quantity: 1, unit_price: 50 }], [mai.id], "usd")
      await rate("2026-03-13", hu, huong, [5, 5, 5, 5, 5])
      await order("2026-03-20", huong, [line(massage, 1, 1_500_000), line(serum, 2, 500_000)], [mai.id])
      await order("2026-03-25", lan, [line(facial, 1, 900_000)], [linh.id])
      const l2 = await order("2026-03-26", lan, [line(massage, 1, 2_000_000)])
      await cancelOrderWorkflow(container).run({ input: { order_id: l2 } })
      await order("2026-04-01", fang, [line(facial, 1, 2_000_000)])
      // one of Minh's two serums came back: handed over at the desk, then returned through Medusa's return flow
      pinClock(on("2026-03-12"))
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.*"], filters: { id: m2 } })
      const items = (data[0] as { items: { id: string; quantity: number; product_id: string }[] }).items
      await fulfillItems(container, desk, m2, items.map((i) => ({ id: i.id, quantity: i.quantity })))
      await returnItems(container, desk, m2, [{ id: items.find((i) => i.product_id === serum.product_id)!.id, quantity: 1 }])

      pinClock(NOW)
      await subscribersIdle(container)
      // the facts as the events left them, and as the rebuild finds them (the same, see customer-facts.spec)
      await rebuildCustomerFacts(container)
      await subscribersIdle(container)
      f = {
        admin: linhHeaders,
        staff: { linh: linh.id, mai: mai.id },
        customers: { huong, minh, fang, lan, anh, yen, giang },
        products: { facial: facial.product_id, massage: massage.product_id, serum: serum.product_id },
        collections: { facials: collections[0].id, massages: collections[1].id, skincare: collections[2].id },
      }
    })

    beforeEach(() => pinClock(NOW))

    const get = async <R extends keyof AnalyticsResponse>(report: R, query: string): Promise<AnalyticsResponse[R]> =>
      (await api.get(`/admin/crm/analytics/${report}?${query}`, f.admin)).data

    it("A1 overview: revenue net of the return and without the cancelled order, customers, transactions, average, weekly series, top services and products", async () => {
      const report = await get("overview", `${MARCH}&granularity=week`)
      expect(report.period).toEqual({
        from: "2026-03-01",
        to: "2026-03-31",
        tz: "Asia/Ho_Chi_Minh",
        currency: "vnd",
        currencies: ["vnd", "usd"],
        granularity: "week",
        previous: { from: "2026-01-29", to: "2026-02-28" },
        days: 31,
      })
      expect(report.kpis).toEqual({
        revenue: kpi(14_300_000, 5_000_000, 1.86),
        customers: kpi(4, 3, 0.3333),
        transactions: kpi(5, 3, 0.6667),
        average_transaction_value: kpi(2_860_000, 1_666_666.67, 0.716),
      })
      expect(report.series).toEqual([
        { bucket: "2026-02-23", revenue: 0, transactions: 0, customers: 0 },
        { bucket: "2026-03-02", revenue: 9_500_000, transactions: 2, customers: 2 },
        { bucket: "2026-03-09", revenue: 1_400_000, transactions: 1, customers: 1 },
        { bucket: "2026-03-16", revenue: 2_500_000, transactions: 1, customers: 1 },
        { bucket: "2026-03-23", revenue: 900_000, transactions: 1, customers: 1 },
        { bucket: "2026-03-30", revenue: 0, transactions: 0, customers: 0 },
      ])
      expect(report.top_services).toEqual([
        { kind: "service", product_id: f.products.facial, title: "Hydrating facial", collection_id: f.collections.facials, quantity: 5, revenue: 9_900_000, orders: 3 },
        { kind: "service", product_id: f.products.massage, title: "Hot stone massage", collection_id: f.collections.massages, quantity: 2, revenue: 2_400_000, orders: 2 },
      ])
      // the returned serum is neither sold nor earned
      expect(report.top_products).toEqual([
        { kind: "product", product_id: f.products.serum, title: "Vitamin C serum", collection_id: f.collections.skincare, quantity: 4, revenue: 2_000_000, orders: 3 },
      ])
      // the same spa in dollars: Hương's one USD visit
      const usd = await get("overview", `${MARCH}&currency=USD`)
      expect([usd.period.currency, usd.period.granularity, usd.kpis.revenue, usd.kpis.customers]).toEqual(["usd", "day", kpi(50, 0, null), kpi(1, 0, null)])
    })

    it("A2 customers: new / returning / loyal at their first order in the period, frequency, rebook rate within 60 days", async () => {
      const report = await get("customers", `${MARCH}&granularity=week`)
      expect([report.rebook_days, report.loyal_orders]).toEqual([60, 3])
      expect(report.kpis).toEqual({
        customers: kpi(4, 3, 0.3333),
        // Wang Fang and Lan; before: Minh and Giang
        new_customers: kpi(2, 2, 0),
        // Minh (one order before March)
        returning_customers: kpi(1, 0, null),
        // Hương (four orders before March; three before February's visit)
        loyal_customers: kpi(1, 1, 0),
        transactions: kpi(5, 3, 0.6667),
        purchase_frequency: kpi(1.25, 1, 0.25),
        average_transaction_value: kpi(2_860_000, 1_666_666.67, 0.716),
        // H5 → H6 (15 days) and F1 → F2 (24 days, in April); before: H4 → H5 and M1 → M2 (23 days each)
        rebook_rate: kpi(0.4, 0.6667, -0.4),
      })
      expect(report.series).toEqual([
        { bucket: "2026-02-23", customers: 0, new_customers: 0, returning_customers: 0, loyal_customers: 0, transactions: 0 },
        { bucket: "2026-03-02", customers: 2, new_customers: 1, returning_customers: 0, loyal_customers: 1, transactions: 2 },
        { bucket: "2026-03-09", customers: 1, new_customers: 0, returning_customers: 1, loyal_customers: 0, transactions: 1 },
        { bucket: "2026-03-16", customers: 1, new_customers: 0, returning_customers: 0, loyal_customers: 1, transactions: 1 },
        { bucket: "2026-03-23", customers: 1, new_customers: 1, returning_customers: 0, loyal_customers: 0, transactions: 1 },
        { bucket: "2026-03-30", customers: 0, new_customers: 0, returning_customers: 0, loyal_customers: 0, transactions: 0 },
      ])
      // a shorter rebooking window: only H5 → H6 (15 days) in March; before, neither 23-day gap
      const strict = await get("customers", `${MARCH}&rebook_days=20&loyal_orders=5`)
      expect(strict.kpis.rebook_rate).toEqual(kpi(0.2, 0, null))
      // with five orders before the period needed, Hương is loyal no more
      expect([strict.kpis.returning_customers.current, strict.kpis.loyal_customers.current]).toEqual([2, 0])
    })

    it("A3 spending: average spend, high spenders at a threshold, the VIP list with contacts, revenue per collection", async () => {
      const report = await get("spending", `${MARCH}&granularity=week&high_spender=2000000`)
      expect(report.high_spender).toBe(2_000_000)
      expect(report.kpis).toEqual({
        revenue: kpi(14_300_000, 5_000_000, 1.86),
        customers: kpi(4, 3, 0.3333),
        average_spend: kpi(3_575_000, 1_666_666.67, 1.145),
        // Hương 7,000,000 and Wang Fang 5,000,000 of four; before: Hương 3,000,000 of three
        high_spender_share: kpi(0.5, 0.3333, 0.5002),
        high_spenders: kpi(2, 1, 1),
      })
      expect(report.series.map((s) => [s.bucket, s.revenue, s.customers, s.average_spend])).toEqual([
        ["2026-02-23", 0, 0, null],
        ["2026-03-02", 9_500_000, 2, 4_750_000],
        ["2026-03-09", 1_400_000, 1, 1_400_000],
        ["2026-03-16", 2_500_000, 1, 2_500_000],
        ["2026-03-23", 900_000, 1, 900_000],
        ["2026-03-30", 0, 0, null],
      ])
      expect(report.vip).toEqual([
        { customer_id: f.customers.huong, first_name: "Hương", last_name: "Nguyễn Thị", email: "huong@example.vn", phone: "+84912345678", transactions: 2, spend: 7_000_000, last_order_at: on("2026-03-20") },
        { customer_id: f.customers.fang, first_name: "芳", last_name: "王", email: "fang@example.cn", phone: null, transactions: 1, spend: 5_000_000, last_order_at: on("2026-03-08") },
        { customer_id: f.customers.minh, first_name: "Minh", last_name: "Trần Văn", email: "minh@example.vn", phone: null, transactions: 1, spend: 1_400_000, last_order_at: on("2026-03-10") },
        { customer_id: f.customers.lan, first_name: "Lan", last_name: "Phạm, Thị", email: "lan@example.vn", phone: null, transactions: 1, spend: 900_000, last_order_at: on("2026-03-25") },
      ])
      expect([report.vip_count, report.limit, report.offset]).toEqual([4, 20, 0])
      expect(report.by_collection.map((c) => [c.title, c.revenue, c.quantity])).toEqual([
        ["Facials", 9_900_000, 5],
        ["Massages", 2_400_000, 2],
        ["Skincare", 2_000_000, 4],
      ])
      expect(report.by_collection[0].series.map((s) => s.revenue)).toEqual([0, 9_000_000, 0, 0, 900_000, 0])
      // without a threshold: twice the average spend (3,575,000), which nobody reached
      const plain = await get("spending", `${MARCH}&limit=1&offset=1`)
      expect([plain.high_spender, plain.kpis.high_spenders, plain.vip.map((v) => v.first_name)]).toEqual([7_150_000, kpi(0, 0, null), ["芳"]])
      // a period up to today (its customers' last orders are their last ever): Wang Fang's April visit
      const april = await get("spending", "from=2026-04-01&to=2026-04-15&tz=Asia/Ho_Chi_Minh")
      expect(april.vip.map((v) => [v.first_name, v.spend, v.transactions])).toEqual([["芳", 2_000_000, 1]])
      const aprilSources = await get("sources", "from=2026-04-01&to=2026-04-15&tz=Asia/Ho_Chi_Minh")
      expect(aprilSources.sources.filter((s) => s.revenue).map((s) => [s.name, s.customers, s.revenue])).toEqual([["Facebook", 1, 2_000_000]])
    })

    it("A4 satisfaction: averages per dimension by the day rated (every currency), grades, weekly trend, return after the first visit", async () => {
      const report = await get("satisfaction", `${MARCH}&granularity=week`)
      expect(report.kpis).toEqual({
        ratings: kpi(4, 1, 3),
        overall: kpi(4, 4, 0),
        service_quality: kpi(4, 4, 0),
        staff_attitude: kpi(4.5, 4, 0.125),
        space: kpi(4, 4, 0),
        price: kpi(3.5, 4, -0.125),
      })
      expect(report.distribution).toEqual([1, 2, 3, 4, 5].map((rating) => ({ rating, count: [0, 1, 0, 1, 2][rating - 1] })))
      expect(report.series.filter((s) => s.ratings)).toEqual([
        { bucket: "2026-03-02", ratings: 1, overall: 5, service_quality: 5, staff_attitude: 5, space: 4, price: 4 },
        { bucket: "2026-03-09", ratings: 3, overall: 3.67, service_quality: 3.67, staff_attitude: 4.33, space: 4, price: 3.33 },
      ])
      expect(report.series.find((s) => !s.ratings)).toEqual({ bucket: "2026-02-23", ratings: 0, overall: null, service_quality: null, staff_attitude: null, space: null, price: null })
      // first visits: Wang Fang (03-08, back 04-01) and Lan (03-25, too recent for 30 days); before: Minh (02-15, back 03-10) and Giang (02-05, never)
      expect(report.return_after_first_visit).toEqual([
        { window_days: 30, customers: 1, returned: 1, rate: kpi(1, 0.5, 1) },
        { window_days: 60, customers: 0, returned: 0, rate: kpi(null, 0, null) },
        { window_days: 90, customers: 0, returned: 0, rate: kpi(null, null, null) },
      ])
    })

    it("A5 recency: each customer's revenue, transactions and days since her last visit as of the period's end, buckets against its start, filters and sorts", async () => {
      const report = await get("recency", MARCH)
      expect([report.as_of, report.previous_as_of]).toEqual(["2026-03-31T17:00:00.000Z", "2026-02-28T17:00:00.000Z"])
      expect(report.buckets).toEqual([
        { bucket: "0-30", min_days: 0, max_days: 30, customers: kpi(4, 3, 0.3333), revenue: 24_000_000 },
        { bucket: "31-60", min_days: 31, max_days: 60, customers: kpi(1, 0, null), revenue: 800_000 },
        { bucket: "61-90", min_days: 61, max_days: 90, customers: kpi(0, 0, null), revenue: 0 },
        // Anh's last visit was 180 days before 1 March, 211 before 1 April
        { bucket: "91-180", min_days: 91, max_days: 180, customers: kpi(0, 1, -1), revenue: 0 },
        { bucket: "180+", min_days: 181, max_days: null, customers: kpi(1, 0, null), revenue: 2_000_000 },
      ])
      expect([report.total, report.without_orders, report.count]).toEqual([kpi(6, 4, 0.5), 1, 6])
      const row = (key: keyof Fixture["customers"], transactions: number, revenue: number, day: string, days_since: number, bucket: string) =>
        expect.objectContaining({ customer_id: f.customers[key], transactions, revenue, last_order_at: on(day), days_since, bucket })
      expect(report.customers).toEqual([
        row("lan", 1, 900_000, "2026-03-25", 6, "0-30"),
        row("huong", 6, 15_500_000, "2026-03-20", 11, "0-30"),
        row("minh", 2, 2_600_000, "2026-03-10", 21, "0-30"),
        // her April visit is after the period: as of its end, her last was in March
        row("fang", 1, 5_000_000, "2026-03-08", 23, "0-30"),
        row("giang", 1, 800_000, "2026-02-05", 54, "31-60"),
        row("anh", 2, 2_000_000, "2025-09-01", 211, "180+"),
      ])
      const byRevenue = await get("recency", `${MARCH}&bucket=0-30&sort=revenue&limit=2`)
      expect([byRevenue.count, byRevenue.customers.map((c) => c.first_name)]).toEqual([4, ["Hương", "芳"]])
      const search = await get("recency", `${MARCH}&q=${encodeURIComponent("Hương")}`)
      expect(search.customers.map((c) => [c.first_name, c.last_name, c.phone])).toEqual([["Hương", "Nguyễn Thị", "+84912345678"]])
      // as of now (to = today): Wang Fang came back on 1 April, 14 days before 15 April
      const today = await get("recency", "to=2026-04-15&from=2026-04-01&tz=Asia/Ho_Chi_Minh&bucket=0-30")
      expect(today.customers.map((c) => [c.first_name, c.days_since, c.transactions])).toEqual([["芳", 14, 2], ["Lan", 21, 1], ["Hương", 26, 6]])
    })

    it("A6 sources: acquired and converted in the period, transacting customers, revenue against the previous period", async () => {
      const { sources } = await get("sources", MARCH)
      const source = (name: string) => sources.find((s) => s.name === name)
      expect(source("Facebook")).toEqual(
        expect.objectContaining({
          acquired: 1,
          acquired_previous: 1,
          converted: 1,
          conversion_rate: 1,
          customers: 2,
          transactions: 3,
          revenue: 12_000_000,
          revenue_previous: 3_800_000,
          revenue_change: 2.1579,
          average_transaction_value: 4_000_000,
        })
      )
      expect(source("Walk-in")).toEqual(
        expect.objectContaining({
          acquired: 2,
          acquired_previous: 1,
          converted: 1,
          conversion_rate: 0.5,
          customers: 2,
          transactions: 2,
          revenue: 2_300_000,
          revenue_previous: 1_200_000,
          revenue_change: 0.9167,
          average_transaction_value: 1_150_000,
        })
      )
      expect(sources[sources.length - 1]).toEqual({
        source_id: null,
        name: "Unattributed",
        acquired: 0,
        acquired_previous: 0,
        converted: 0,
        conversion_rate: null,
        customers: 0,
        transactions: 0,
        revenue: 0,
        revenue_previous: 0,
        revenue_change: null,
        average_transaction_value: null,
      })
    })

    it("A7 staff: orders served, services, revenue, rebook rate and ratings per staff member", async () => {
      const { staff } = await get("staff", MARCH)
      expect([...staff].sort((a, b) => String(a.first_name).localeCompare(String(b.first_name)))).toEqual([
        {
          user_id: f.staff.linh,
          first_name: "Linh",
          last_name: "Trần",
          email: "linh@spa.test",
          orders: 3,
          services: 5,
          revenue: 10_400_000,
          ratings: 2,
          average_rating: 4.5,
          average_staff_attitude: 5,
          rebook_rate: 0.6667,
          orders_previous: 1,
          average_rating_previous: 4,
        },
        {
          user_id: f.staff.mai,
          first_name: "Mai",
          last_name: "Phạm",
          email: "mai@spa.test",
          orders: 3,
          services: 4,
          revenue: 8_900_000,
          ratings: 3,
          average_rating: 3.67,
          average_staff_attitude: 4.33,
          rebook_rate: 0.3333,
          orders_previous: 1,
          average_rating_previous: null,
        },
      ])
    })

    it("A8 CSV: streamed UTF-8 with a byte order mark, RFC 4180 quoting, names byte for byte, a file name", async () => {
      const res = await api.get(`/admin/crm/analytics/recency?${MARCH}&format=csv&limit=1`, { ...f.admin, responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(res.headers["content-disposition"]).toBe('attachment; filename="analytics-recency-vnd-2026-03-01-2026-03-31.csv"')
      const bytes = Buffer.from(res.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString("utf8").split("\r\n")
      expect(lines[0]).toBe("customer_id,first_name,last_name,email,phone,transactions,revenue,last_order_at,days_since,bucket")
      // the whole list (limit is for pages), the comma in a name quoted
      // a phone's leading + is kept from a spreadsheet's formulas by an apostrophe
      expect(lines.slice(1, 3)).toEqual([
        `${f.customers.lan},Lan,"Phạm, Thị",lan@example.vn,,1,900000,2026-03-25T03:00:00.000Z,6,0-30`,
        `${f.customers.huong},Hương,Nguyễn Thị,huong@example.vn,'+84912345678,6,15500000,2026-03-20T03:00:00.000Z,11,0-30`,
      ])
      expect(lines.length).toBe(8)
      expect(lines[7]).toBe("")
      // byte for byte: "Hương" is H, ư (C6 B0), ơ (C6 A1), n, g in UTF-8, composed
      expect(bytes.includes(Buffer.from([0x48, 0xc6, 0xb0, 0xc6, 0xa1, 0x6e, 0x67]))).toBe(true)
      const vip = await api.get(`/admin/crm/analytics/spending?${MARCH}&format=csv`, { ...f.admin, responseType: "arraybuffer" })
      const vipLines = Buffer.from(vip.data).toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(vipLines).toEqual([
        "customer_id,first_name,last_name,email,phone,transactions,spend,last_order_at",
        `${f.customers.huong},Hương,Nguyễn Thị,huong@example.vn,'+84912345678,2,7000000,2026-03-20T03:00:00.000Z`,
        `${f.customers.fang},芳,王,fang@example.cn,,1,5000000,2026-03-08T03:00:00.000Z`,
        `${f.customers.minh},Minh,Trần Văn,minh@example.vn,,1,1400000,2026-03-10T03:00:00.000Z`,
        `${f.customers.lan},Lan,"Phạm, Thị",lan@example.vn,,1,900000,2026-03-25T03:00:00.000Z`,
      ])
      for (const report of ["overview", "sources", "staff"] as const) {
        const csv = await api.get(`/admin/crm/analytics/${report}?${MARCH}&format=csv`, f.admin)
        const [header, ...rows] = String(csv.data).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect([report, header.split(",")[0], rows.length]).toEqual([report, { overview: "kind", sources: "source_id", staff: "user_id" }[report], { overview: 3, sources: 8, staff: 2 }[report]])
      }
    })

    it("refuses bad queries with a 400 naming the field, needs an admin, and writes nothing", async () => {
      const before = await pluginRowsFingerprint(dbConnection)
      const refused: [string, string][] = [
        ["overview?from=2026-03-31&to=2026-03-01", "from"],
        ["overview?from=2026-02-30", "from"],
        ["overview?to=31/03/2026", "to"],
        ["overview?currency=vn1", "currency"],
        ["overview?tz=Mars%2FOlympus", "tz"],
        ["overview?limit=0", "limit"],
        ["spending?limit=1000", "limit"],
        ["spending?high_spender=-1", "high_spender"],
        ["recency?bucket=7-8", "bucket"],
        ["recency?sort=name", "sort"],
        ["customers?format=csv", "format"],
        ["customers?rebook_days=0", "rebook_days"],
        ["overview?from=2020-01-01&to=2026-03-31", "from"],
        ["overview?from=2024-01-01&to=2026-03-31&granularity=day", "granularity"],
        ["staff?bogus=1", "bogus"],
      ]
      for (const [query, field] of refused) {
        const res = await failure(api.get(`/admin/crm/analytics/${query}`, f.admin))
        expect([query, res.status, String(res.data.message).includes(field)]).toEqual([query, 400, true])
      }
      for (const report of ["overview", "customers", "spending", "satisfaction", "recency", "sources", "staff"]) {
        expect([report, (await failure(api.get(`/admin/crm/analytics/${report}`))).status]).toEqual([report, 401])
        expect((await api.get(`/admin/crm/analytics/${report}?${MARCH}`, f.admin)).status).toBe(200)
      }
      expect(await pluginRowsFingerprint(dbConnection)).toBe(before)
    })
  },
})
