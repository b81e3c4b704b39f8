import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { CRM_MODULE, type CrmModuleService } from "../../src/modules/crm"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../src/modules/feedback"
import { FEEDBACK_DIMENSIONS, type Ratings } from "../../src/types/feedback"
import { setOrderStaffWorkflow } from "../../src/workflows/feedback/workflows/set-order-staff"
import { Rng } from "./demo-data"

const HOUR = 3_600_000

/** The spa's beauticians, signed in as Medusa admin users (found by e-mail on a second run). */
export const DEMO_STAFF = [
  { email: "linh@lotus-spa.test", first_name: "Linh", last_name: "Nguyễn" },
  { email: "mai.tran@lotus-spa.test", first_name: "Mai", last_name: "Trần" },
  { email: "hoa@lotus-spa.test", first_name: "Hoa", last_name: "Lê" },
  { email: "trang@lotus-spa.test", first_name: "Trang", last_name: "Võ" },
]
/** The beautician whose clients rate her clearly higher than the others: the staff report's story. */
export const STANDOUT_STAFF_EMAIL = "mai.tran@lotus-spa.test"

const GOOD = [
  "Chị Linh massage rất nhẹ tay, em sẽ quay lại.",
  "Không gian yên tĩnh, thơm mùi tinh dầu sả chanh. Rất thư giãn!",
  "Da mặt mịn hẳn sau buổi chăm sóc, cảm ơn spa.",
  "Nhân viên tư vấn nhiệt tình, đúng giờ hẹn.",
  "Lovely hot stone massage, I fell asleep halfway through.",
  "Great facial, my skin feels so hydrated. Will book again.",
  "Giá hợp lý so với chất lượng dịch vụ.",
  "Hoa gội đầu dưỡng sinh quá đỉnh 👍",
  null,
  null,
]
const MIXED = [
  "Dịch vụ ổn nhưng phải chờ hơi lâu ở quầy lễ tân.",
  "Good treatment, but the room was a bit cold.",
  "Giá hơi cao so với các spa gần đây.",
  null,
]
const LOW = [
  "Em phải chờ gần 30 phút dù đã đặt lịch trước.",
  "Phòng ồn, nghe rõ tiếng khoan từ bên cạnh. Không thư giãn được.",
  "Da bị kích ứng đỏ sau khi đắp mặt nạ, mong spa xem lại sản phẩm.",
  "The therapist was on her phone during the massage. Disappointing.",
  "Charged more than the price on the website.",
]
const OUTCOMES = [
  "Đã gọi xin lỗi chị, tặng một buổi gội đầu dưỡng sinh miễn phí ở lần tới.",
  "Called her, apologised for the wait; booked her next visit with a 20% discount.",
  "Đã gọi, ghi chú dị ứng vào hồ sơ và đổi sang dòng sản phẩm cho da nhạy cảm.",
  "Spoke with her on Zalo; refunded the price difference.",
  "Gọi hai lần không nghe máy, đã nhắn Zalo; chị trả lời sẽ quay lại.",
]

export type SeedFeedbackOrder = { id: string; placed_at: Date }

export type SeedFeedbackOptions = {
  /** the demo's "now": no rating is dated after it */
  now?: Date
  /** the demo's orders (canceled ones and orders without a customer are skipped) */
  orders: SeedFeedbackOrder[]
  /** who may have served them; the DEMO_STAFF users (created if missing) when absent */
  staffUserIds?: string[]
  /** the one among them rated clearly higher (default: Mai, when the DEMO_STAFF are used) */
  standoutUserId?: string
  seed?: number
}

/** Creates the demo's staff users that are missing; returns every staff member's id, and the standout's. */
async function ensureStaff(container: MedusaContainer) {
  const users = container.resolve(Modules.USER)
  const existing = await users.listUsers({ email: DEMO_STAFF.map((s) => s.email) })
  const missing = DEMO_STAFF.filter((s) => !existing.some((u) => u.email === s.email))
  if (missing.length) await createUsersWorkflow(container).run({ input: { users: missing } })
  const staff = await users.listUsers({ email: DEMO_STAFF.map((s) => s.email) })
  return { ids: staff.map((u) => u.id), standout: staff.find((u) => u.email === STANDOUT_STAFF_EMAIL)?.id }
}

// how ratings fall: an ordinary visit, and one the standout beautician took part in
const BANDS = {
  usual: { bands: [["good", 66], ["mixed", 20], ["low", 14]], good: [[5, 1], [4, 1]] },
  standout: { bands: [["good", 96], ["mixed", 4], ["low", 0]], good: [[5, 9], [4, 1]] },
} as const

/**
 * A rating and its comment: mostly 4–5, some 3, about one in seven 2 or less
 * (overall or one dimension), averaging about 3.8; with the standout
 * beautician nearly all 5, averaging about 4.8.
 */
function rate(rng: Rng, forceLow: boolean, standout: boolean): { ratings: Ratings; comment: string | null } {
  const odds = BANDS[standout ? "standout" : "usual"]
  const drawn = rng.weighted(odds.bands)
  const band = forceLow ? "low" : drawn
  const around = (base: number) => Math.min(5, Math.max(1, base + rng.weighted([[0, 6], [-1, 2], [1, 1]] as const)))
  const overall = band === "good" ? rng.weighted(odds.good) : band === "mixed" ? 3 : rng.weighted([[2, 3], [1, 2], [3, 1]] as const)
  const ratings = { overall } as Ratings
  for (const d of FEEDBACK_DIMENSIONS) ratings[d] = around(overall)
  // a low one sometimes hides in a single dimension of an otherwise fair rating
  if (band === "low" && overall === 3) ratings[rng.pick(FEEDBACK_DIMENSIONS)] = rng.int(1, 2)
  const comment = rng.pick(band === "good" ? GOOD : band === "mixed" ? MIXED : LOW)
  return { ratings, comment }
}

/**
 * The demo's feedback: staff attributed to most orders (1–2 of the spa's
 * beauticians), ratings on about a third of the completed ones, mostly 4–5
 * with realistic comments, and the low ones' follow-ups: some open (due
 * later today), some overdue, most done with an outcome and a touch-point.
 * Deterministic (seeded), and idempotent: orders already rated or staffed
 * are left as they are.
 */
export async function seedFeedback(container: MedusaContainer, options: SeedFeedbackOptions) {
  const now = options.now ?? new Date()
  const rng = new Rng(options.seed ?? 1107)
  const given = options.staffUserIds?.length ? { ids: options.staffUserIds, standout: options.standoutUserId } : undefined
  const { ids: staff, standout } = given ?? (await ensureStaff(container))
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const ids = options.orders.map((o) => o.id)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "status", "canceled_at"], filters: { id: ids } })
  const live = new Map(
    (data as { id: string; customer_id: string | null; status: string; canceled_at: unknown }[])
      .filter((o) => o.customer_id && o.status !== "canceled" && !o.canceled_at)
      .map((o) => [o.id, o.customer_id!])
  )
  const orders = [...options.orders].filter((o) => live.has(o.id)).sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime() || a.id.localeCompare(b.id))
  const staffed = await feedback.staffOfOrders(orders.map((o) => o.id))
  const rated = new Set((await feedback.listFeedbacks({ order_id: orders.map((o) => o.id) }, { select: ["order_id"], take: null })).map((f) => f.order_id))

  // the newest orders are rated low a few hours ago: their follow-ups are open, not yet due
  const recent = new Set(orders.slice(-3).map((o) => o.id))
  let attributed = 0
  const lows: { id: string; customer_id: string; due: Date }[] = []
  let count = 0
  for (const order of orders) {
    // every draw happens whatever is already stored, so a second run makes the same choices
    // the newest orders, rated low, were served by the others
    const pool = recent.has(order.id) ? staff.filter((id) => id !== standout) : staff
    const team = rng.chance(0.85) ? rng.sample(pool, rng.weighted([[1, 3], [2, 1]] as const)) : []
    const rates = (rng.chance(0.35) || recent.has(order.id)) && order.placed_at.getTime() < now.getTime() - 2 * HOUR
    const { ratings, comment } = rate(rng, recent.has(order.id), !!standout && team.includes(standout))
    const delay = rng.int(2, 72) * HOUR
    const ago = rng.int(2, 20) * HOUR
    if (team.length && !staffed.get(order.id)?.length) {
      await setOrderStaffWorkflow(container).run({ input: { order_id: order.id, user_ids: team } })
      attributed++
    }
    if (!rates || rated.has(order.id)) continue
    const at = recent.has(order.id)
      ? new Date(Math.max(order.placed_at.getTime() + HOUR, now.getTime() - ago))
      : new Date(Math.min(order.placed_at.getTime() + delay, now.getTime() - HOUR))
    const { follow_up } = await feedback.recordFeedback({ order_id: order.id, customer_id: live.get(order.id)!, ...ratings, comment }, at)
    count++
    if (follow_up) lows.push({ id: follow_up.id, customer_id: follow_up.customer_id, due: new Date(follow_up.due_at) })
  }

  // the older low ratings: most were called back within a day; the two latest past due and a
  // few others are still waiting (overdue)
  let done = 0
  const pastDue = lows.filter((l) => l.due.getTime() < now.getTime())
  for (const [i, low] of pastDue.entries()) {
    if (!rng.chance(0.8) || i >= pastDue.length - 2) continue
    const closedAt = new Date(low.due.getTime() - rng.int(1, 20) * HOUR)
    const outcome = rng.pick(OUTCOMES)
    const closer = rng.pick(staff)
    const touchPoint = await crm.createTouchPoints({
      customer_id: low.customer_id,
      type: "call",
      channel: "phone",
      direction: "outbound",
      summary: outcome,
      occurred_at: closedAt,
      staff_user_id: closer,
      metadata: { follow_up_id: low.id },
    })
    await feedback.closeFollowUp({ id: low.id, outcome, closed_by: closer, touch_point_id: touchPoint.id, now: closedAt })
    done++
  }
  const open = lows.filter((l) => l.due.getTime() >= now.getTime()).length
  return { staff_user_ids: staff, attributed, feedback: count, follow_ups: { open, overdue: lows.length - open - done, done } }
}
