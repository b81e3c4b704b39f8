import { spaIntegrationTestRunner } from "../helpers/runner"
import type { FeedbackModuleService } from "../../src/modules/feedback"
import { createAdminUser, failure, type Headers } from "../helpers/auth"
import { pinClock, restoreClock, shiftClock } from "../helpers/clock"
import { feedbackScene, placeOrder, ratings } from "../helpers/feedback"
import type { Shopper, Storefront } from "../helpers/storefront"

jest.setTimeout(180_000)

const HOUR = 3_600_000
const RATE = "/store/customers/me/feedback"

spaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Storefront
    let lan: Shopper
    let admin: Headers
    let staff: { id: string }
    let feedback: FeedbackModuleService

    beforeEach(async () => {
      ;({ feedback, staff, admin, store, shoppers: [lan] } = await feedbackScene(api, getContainer(), ["lan@example.vn"]))
    })

    /** She rates a new order of hers at `at` (a whole second, so times compare exactly); returns the feedback. */
    async function rateAt(at: Date, rating: number, changes: Record<string, unknown> = {}) {
      const orderId = await placeOrder(api, store, lan)
      pinClock(at)
      try {
        return (await api.post(RATE, ratings(orderId, rating, changes), lan.headers)).data.feedback
      } finally {
        restoreClock()
      }
    }

    const listed = async (status: string, as = admin) =>
      (await api.get(`/admin/follow-ups?status=${status}`, as)).data.follow_ups.map((f: any) => f.feedback_id)

    // a moment in the near future, on a whole second: tokens stay valid, times compare exactly
    const soon = () => new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000)

    it("opens a follow-up due exactly 24 hours after a rating of 2 or less, overall or in any dimension, and none for a good one", async () => {
      const at = soon()
      const low = await rateAt(at, 2, { comment: "Phòng hơi lạnh" })
      const oneDimension = await rateAt(at, 5, { space: 1 })
      const good = await rateAt(at, 3)

      expect(new Date(low.created_at).toISOString()).toBe(at.toISOString())
      const [followUp] = await feedback.listFollowUps({ feedback_id: low.id })
      expect(followUp).toEqual(
        expect.objectContaining({ customer_id: lan.customer_id, order_id: low.order_id, reason: "low_rating", status: "open", outcome: null })
      )
      expect(new Date(followUp.due_at).toISOString()).toBe(new Date(at.getTime() + 24 * HOUR).toISOString())
      expect(await feedback.listFollowUps({ feedback_id: oneDimension.id })).toHaveLength(1)
      expect(await feedback.listFollowUps({ feedback_id: good.id })).toHaveLength(0)
    })

    it("lists it as open with the customer and the rating that opened it, and as overdue only once the clock passes its due time", async () => {
      const at = soon()
      const low = await rateAt(at, 1, { comment: "Chờ 30 phút" })

      shiftClock(new Date(at.getTime() + 23 * HOUR))
      const open = await api.get("/admin/follow-ups?status=open", admin)
      expect(open.data.count).toBe(1)
      expect(open.data.follow_ups[0]).toEqual(
        expect.objectContaining({
          feedback_id: low.id,
          overdue: false,
          due_at: new Date(at.getTime() + 24 * HOUR).toISOString(),
          customer: expect.objectContaining({ id: lan.customer_id, email: "lan@example.vn" }),
          feedback: expect.objectContaining({ id: low.id, overall: 1, comment: "Chờ 30 phút" }),
        })
      )
      expect(await listed("overdue")).toEqual([])

      shiftClock(new Date(at.getTime() + 24 * HOUR + 60_000))
      // a day on, the first sign-in's token has expired: staff sign in again
      const { headers: nextDay } = await createAdminUser(getContainer(), "next-day@spa.test")
      expect(await listed("overdue", nextDay)).toEqual([low.id])
      const overdue = await api.get(`/admin/follow-ups?status=overdue&customer_id=${lan.customer_id}`, nextDay)
      expect(overdue.data.follow_ups[0].overdue).toBe(true)
      expect(await listed("done", nextDay)).toEqual([])
      const other = await api.get("/admin/follow-ups?status=overdue&customer_id=cus_01OTHER", nextDay)
      expect(other.data.count).toBe(0)
    })

    it("closes with the outcome, who closed it and when, logs a touch-point on the customer, and a second close is a 409", async () => {
      const low = await rateAt(soon(), 2)
      const [{ id }] = await feedback.listFollowUps({ feedback_id: low.id })

      const closed = await api.post(`/admin/follow-ups/${id}/close`, { outcome: "Called her, offered a free scalp massage" }, admin)
      expect(closed.status).toBe(200)
      expect(closed.data.follow_up).toEqual(
        expect.objectContaining({
          id,
          status: "done",
          outcome: "Called her, offered a free scalp massage",
          closed_by: staff.id,
          closed_by_user: expect.objectContaining({ id: staff.id }),
          closed_at: expect.any(String),
          touch_point_id: expect.stringMatching(/^crmtp_/),
          overdue: false,
        })
      )

      const timeline = await api.get(`/admin/customers/${lan.customer_id}/touch-points`, admin)
      expect(timeline.data.touch_points).toEqual([
        expect.objectContaining({
          id: closed.data.follow_up.touch_point_id,
          type: "call",
          direction: "outbound",
          summary: "Called her, offered a free scalp massage",
          staff: expect.objectContaining({ id: staff.id }),
          metadata: expect.objectContaining({ follow_up_id: id, feedback_id: low.id }),
        }),
      ])

      const again = await failure(api.post(`/admin/follow-ups/${id}/close`, { outcome: "Again" }, admin))
      expect([again.status, again.data.message]).toEqual([409, expect.stringContaining("already closed")])
      // the refused close logged nothing
      expect((await api.get(`/admin/customers/${lan.customer_id}/touch-points`, admin)).data.count).toBe(1)

      expect(await listed("done")).toEqual([low.id])
      expect(await listed("open")).toEqual([])
    })

    it("answers 404 for an unknown follow-up and 400 naming outcome when it is missing or empty, writing nothing", async () => {
      const low = await rateAt(soon(), 1)
      const [{ id }] = await feedback.listFollowUps({ feedback_id: low.id })
      const unknown = await failure(api.post(`/admin/follow-ups/fup_01UNKNOWN/close`, { outcome: "Called" }, admin))
      expect(unknown.status).toBe(404)
      for (const body of [{}, { outcome: "   " }, { outcome: "ok", type: "pigeon" }]) {
        const res = await failure(api.post(`/admin/follow-ups/${id}/close`, body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/outcome|type/)
      }
      expect((await feedback.listFollowUps({ id }))[0].status).toBe("open")
    })
  },
})
