import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { spaIntegrationTestRunner } from "../helpers/runner"
import type { FeedbackModuleService } from "../../src/modules/feedback"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { feedbackScene, placeOrder, ratings } from "../helpers/feedback"
import type { Shopper, Storefront } from "../helpers/storefront"

jest.setTimeout(180_000)

const PATH = "/store/customers/me/feedback"

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Storefront
    let lan: Shopper
    let mai: Shopper
    let admin: Headers
    let staff: { id: string }
    let feedback: FeedbackModuleService

    beforeEach(async () => {
      ;({ feedback, staff, admin, store, shoppers: [lan, mai] } = await feedbackScene(api, getContainer(), ["lan@example.vn", "mai@example.vn"]))
    })

    const rowsOf = (orderId: string) => feedback.listFeedbacks({ order_id: orderId })

    describe("POST /store/customers/me/feedback", () => {
      it("rates her own order once, with every dimension and her comment", async () => {
        const orderId = await placeOrder(api, store, lan)
        const res = await api.post(PATH, ratings(orderId, 4, { price: 3, comment: "  Chị Hoa làm rất nhẹ tay  " }), lan.headers)
        expect(res.status).toBe(200)
        expect(res.data.feedback).toEqual({
          id: expect.stringMatching(/^fdbk_/),
          order_id: orderId,
          overall: 4,
          service_quality: 4,
          staff_attitude: 4,
          space: 4,
          price: 3,
          comment: "Chị Hoa làm rất nhẹ tay",
          created_at: expect.any(String),
        })
        const [row] = await rowsOf(orderId)
        expect(row).toEqual(expect.objectContaining({ customer_id: lan.customer_id, staff_user_ids: [] }))
      })

      it("answers 404 for someone else's order and for an unknown one, writing nothing", async () => {
        const maisOrder = await placeOrder(api, store, mai)
        for (const orderId of [maisOrder, "order_01UNKNOWN"]) {
          const res = await failure(api.post(PATH, ratings(orderId), lan.headers))
          expect([res.status, res.data.message]).toEqual([404, expect.stringContaining("order_id")])
        }
        expect(await rowsOf(maisOrder)).toEqual([])
      })

      it("refuses a second rating with a 409, and of two at the same moment accepts exactly one", async () => {
        const first = await placeOrder(api, store, lan)
        await api.post(PATH, ratings(first, 5), lan.headers)
        const again = await failure(api.post(PATH, ratings(first, 1), lan.headers))
        expect([again.status, again.data.message]).toEqual([409, expect.stringContaining("already been rated")])
        expect((await rowsOf(first)).map((f) => f.overall)).toEqual([5])

        const second = await placeOrder(api, store, lan)
        const answers = await Promise.all(
          [5, 1].map((r) => api.post(PATH, ratings(second, r), { ...lan.headers, validateStatus: () => true }))
        )
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
        expect(await rowsOf(second)).toHaveLength(1)
        // the loser's low rating opened no follow-up of its own
        const winner = answers.find((a) => a.status === 200)!.data.feedback
        expect(await feedback.listFollowUps({ order_id: second })).toHaveLength(winner.overall <= 2 ? 1 : 0)
      })

      it("refuses a value out of 1–5, not whole or missing with a 400 naming the field, writing nothing", async () => {
        const orderId = await placeOrder(api, store, lan)
        const cases: [string, Record<string, unknown>][] = [
          ["overall", { overall: 0 }],
          ["service_quality", { service_quality: 6 }],
          ["staff_attitude", { staff_attitude: 4.5 }],
          ["space", { space: "5" }],
          ["price", { price: undefined }],
          ["comment", { comment: "x".repeat(2_001) }],
          ["tip", { tip: 5 }],
        ]
        for (const [field, change] of cases) {
          const res = await failure(api.post(PATH, ratings(orderId, 5, change), lan.headers))
          expect([field, res.status, res.data.message]).toEqual([field, 400, expect.stringContaining(field)])
        }
        expect(await rowsOf(orderId)).toEqual([])
      })

      it("refuses a canceled order with a 400: it can never be rated", async () => {
        const orderId = await placeOrder(api, store, lan)
        await cancelOrderWorkflow(getContainer()).run({ input: { order_id: orderId } })
        const res = await failure(api.post(PATH, ratings(orderId), lan.headers))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining("canceled")])
        expect(await rowsOf(orderId)).toEqual([])
      })

      it("needs a signed-in shopper", async () => {
        const res = await failure(api.post(PATH, ratings("order_1"), store.guest))
        expect(res.status).toBe(401)
      })
    })

    describe("GET /store/customers/me/feedback", () => {
      it("lists only her own feedback, newest first, a page at a time", async () => {
        const [older, newer] = [await placeOrder(api, store, lan), await placeOrder(api, store, lan)]
        const maisOrder = await placeOrder(api, store, mai)
        await api.post(PATH, ratings(older, 3), lan.headers)
        await api.post(PATH, ratings(newer, 5), lan.headers)
        await api.post(PATH, ratings(maisOrder, 1), mai.headers)

        const all = await api.get(PATH, lan.headers)
        expect(all.data.count).toBe(2)
        expect(all.data.feedback.map((f: any) => f.order_id)).toEqual([newer, older])
        expect(all.data.feedback[0]).not.toHaveProperty("staff_user_ids")

        const page = await api.get(`${PATH}?limit=1&offset=1`, lan.headers)
        expect([page.data.count, page.data.feedback.map((f: any) => f.order_id)]).toEqual([2, [older]])
      })
    })

    describe("who served the order", () => {
      it("replaces the order's staff with admin users, refuses unknown ones (400 naming user_ids), and the feedback keeps the staff of when she rated", async () => {
        const container = getContainer()
        const { user: hoa } = await createAdminUser(container, "hoa@spa.test")
        const orderId = await placeOrder(api, store, lan)

        const unknown = await failure(api.post(`/admin/orders/${orderId}/staff`, { user_ids: [staff.id, "user_01NOBODY"] }, admin))
        expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringContaining("user_ids")])
        expect((await feedback.staffOfOrders([orderId])).get(orderId)).toEqual([])

        const missingOrder = await failure(api.post(`/admin/orders/order_01NONE/staff`, { user_ids: [staff.id] }, admin))
        expect(missingOrder.status).toBe(404)

        const set = await api.post(`/admin/orders/${orderId}/staff`, { user_ids: [hoa.id, staff.id] }, admin)
        expect(set.data).toEqual({ feedback: null, staff: [expect.objectContaining({ id: hoa.id }), expect.objectContaining({ id: staff.id })] })

        await api.post(PATH, ratings(orderId, 2), lan.headers)
        // a later change of who served the order does not move her rating
        await api.post(`/admin/orders/${orderId}/staff`, { user_ids: [staff.id] }, admin)

        const order = await api.get(`/admin/orders/${orderId}/feedback`, admin)
        expect(order.data.feedback).toEqual(
          expect.objectContaining({
            order_id: orderId,
            overall: 2,
            staff_user_ids: [hoa.id, staff.id],
            staff: [expect.objectContaining({ id: hoa.id, email: "hoa@spa.test" }), expect.objectContaining({ id: staff.id })],
            customer: expect.objectContaining({ id: lan.customer_id, email: "lan@example.vn" }),
          })
        )
        expect(order.data.staff.map((s: any) => s.id)).toEqual([staff.id])

        const byHoa = await api.get(`/admin/feedback?staff_id=${hoa.id}`, admin)
        expect(byHoa.data.feedback.map((f: any) => f.order_id)).toEqual([orderId])
      })
    })

    describe("GET /admin/feedback", () => {
      it("filters by rating, dimension, customer, order and date, and averages every row the filters keep", async () => {
        const orders = [await placeOrder(api, store, lan), await placeOrder(api, store, lan), await placeOrder(api, store, mai)]
        await api.post(PATH, ratings(orders[0], 5, { staff_attitude: 4 }), lan.headers)
        await api.post(PATH, ratings(orders[1], 4, { staff_attitude: 2, price: 3 }), lan.headers)
        await api.post(PATH, ratings(orders[2], 1), mai.headers)

        const all = await api.get("/admin/feedback?limit=2", admin)
        expect(all.data.count).toBe(3)
        expect(all.data.feedback).toHaveLength(2)
        // over the three rows, not the page
        expect(all.data.averages).toEqual({ count: 3, overall: 3.33, service_quality: 3.33, staff_attitude: 2.33, space: 3.33, price: 3 })
        expect(all.data.feedback[0]).toEqual(expect.objectContaining({ order_id: orders[2], customer: expect.objectContaining({ email: "mai@example.vn" }) }))

        const ids = async (query: string) => (await api.get(`/admin/feedback?${query}`, admin)).data.feedback.map((f: any) => f.order_id).sort()
        expect(await ids("rating=4")).toEqual([orders[1]])
        expect(await ids("rating_lte=2")).toEqual([orders[2]])
        expect(await ids("rating_gte=4")).toEqual([orders[0], orders[1]].sort())
        expect(await ids("dimension=staff_attitude&dimension_lte=2")).toEqual([orders[1], orders[2]].sort())
        expect(await ids("dimension=price&dimension_gte=3&dimension_lte=3")).toEqual([orders[1]])
        expect(await ids(`customer_id=${lan.customer_id}`)).toEqual([orders[0], orders[1]].sort())
        expect(await ids(`order_id=${orders[2]}`)).toEqual([orders[2]])
        expect(await ids(`from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([])
        expect(await ids(`to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toHaveLength(3)

        const lans = await api.get(`/admin/feedback?customer_id=${lan.customer_id}`, admin)
        expect(lans.data.averages).toEqual({ count: 2, overall: 4.5, service_quality: 4.5, staff_attitude: 3, space: 4.5, price: 4 })

        const customer = await api.get(`/admin/customers/${lan.customer_id}/feedback`, admin)
        expect([customer.data.count, customer.data.averages.overall]).toEqual([2, 4.5])

        const none = await api.get("/admin/feedback?rating=3", admin)
        expect(none.data).toEqual(expect.objectContaining({ count: 0, feedback: [], averages: { count: 0, overall: null, service_quality: null, staff_attitude: null, space: null, price: null } }))
      })

      it("refuses a dimension bound without its dimension, and a rating out of 1–5, naming the field", async () => {
        for (const [query, field] of [["dimension_lte=2", "dimension"], ["rating=9", "rating"], ["dimension=smell&dimension_lte=2", "dimension"]]) {
          const res = await failure(api.get(`/admin/feedback?${query}`, admin))
          expect([query, res.status, res.data.message]).toEqual([query, 400, expect.stringContaining(field)])
        }
      })
    })
  },
})
