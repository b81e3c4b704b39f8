import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  type CreateFeedbackInput,
  type FeedbackAverages,
  type FeedbackDimension,
  type FeedbackRecord,
  FEEDBACK_RATINGS,
  FOLLOW_UP_DUE_HOURS,
  type FollowUpRecord,
  type FollowUpView,
  isLowRating,
} from "../../types/feedback"
import { Feedback, FollowUp, OrderStaff } from "./models"

const HOUR = 3_600_000

export type FeedbackFilters = {
  customer_id?: string
  order_id?: string
  staff_id?: string
  /** overall exactly, or within rating_gte–rating_lte */
  rating?: number
  rating_gte?: number
  rating_lte?: number
  /** one dimension (or overall) within dimension_gte–dimension_lte */
  dimension?: FeedbackDimension | "overall"
  dimension_gte?: number
  dimension_lte?: number
  from?: Date
  to?: Date
}

export type FollowUpFilters = { view?: FollowUpView; customer_id?: string; feedback_id?: string[] }

export type Page = { skip: number; take: number }

export type RecordedFeedback = { feedback: FeedbackRecord; follow_up: FollowUpRecord | null }

/**
 * Feedback on orders, who served them, and the follow-ups low ratings open.
 * The business keys are partial unique indexes (a feedback per order, a
 * follow-up per feedback, a staff member once per order): concurrent writes
 * are decided by the database, never by a read before the write.
 */
class FeedbackModuleService extends MedusaService({ Feedback, OrderStaff, FollowUp }) {
  protected knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return (manager.getTransactionContext() ?? manager.getKnex()) as Knex
  }

  /**
   * Stores a shopper's rating of her order with the order's staff as they are
   * now, and, when it is low, a follow-up due FOLLOW_UP_DUE_HOURS later. A
   * second rating of the order is a conflict (409), whoever wins the race.
   */
  @InjectTransactionManager()
  async recordFeedback(
    input: CreateFeedbackInput,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedFeedback> {
    const knex = this.knex_(sharedContext)
    const { rows } = await knex.raw(
      `INSERT INTO feedback (id, order_id, customer_id, overall, service_quality, staff_attitude, space, price, comment, staff_user_ids, created_at, updated_at)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?,
              (SELECT coalesce(jsonb_agg(s.user_id ORDER BY s.created_at, s.user_id), '[]'::jsonb)
                 FROM feedback_order_staff s WHERE s.order_id = ? AND s.deleted_at IS NULL),
              ?, ?
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING *`,
      [
        generateEntityId(undefined, "fdbk"),
        input.order_id,
        input.customer_id,
        ...FEEDBACK_RATINGS.map((r) => input[r]),
        input.comment ?? null,
        input.order_id,
        now,
        now,
      ]
    )
    if (!rows.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `order_id: order ${input.order_id} has already been rated`)
    }
    const feedback = rows[0] as FeedbackRecord
    if (!isLowRating(feedback)) return { feedback, follow_up: null }

    const { rows: followUps } = await knex.raw(
      `INSERT INTO feedback_follow_up (id, customer_id, feedback_id, order_id, reason, due_at, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'low_rating', ?, 'open', ?, ?)
       ON CONFLICT (feedback_id) WHERE deleted_at IS NULL AND feedback_id IS NOT NULL DO NOTHING
       RETURNING *`,
      [generateEntityId(undefined, "fup"), feedback.customer_id, feedback.id, feedback.order_id, new Date(now.getTime() + FOLLOW_UP_DUE_HOURS * HOUR), now, now]
    )
    return { feedback, follow_up: (followUps[0] as FollowUpRecord) ?? null }
  }

  /** The undo of recordFeedback: the feedback and the follow-ups it opened. */
  @InjectTransactionManager()
  async forgetFeedback(feedbackIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!feedbackIds.length) return
    const knex = this.knex_(sharedContext)
    await knex("feedback_follow_up").whereIn("feedback_id", feedbackIds).del()
    await knex("feedback").whereIn("id", feedbackIds).del()
  }

  /** The staff who served an order, in the order they were attributed. */
  @InjectManager()
  async staffOfOrders(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, string[]>> {
    const rows = await this.listOrderStaffs(
      { order_id: orderIds },
      { select: ["order_id", "user_id"], order: { created_at: "ASC", user_id: "ASC" }, take: null },
      sharedContext
    )
    const byOrder = new Map<string, string[]>(orderIds.map((id) => [id, []]))
    for (const row of rows) byOrder.get(row.order_id)?.push(row.user_id)
    return byOrder
  }

  /**
   * Makes `userIds` the order's staff (adding and removing only the
   * difference); returns who served it before, for the undo. Two changes of
   * one order queue on its lock, so the last one wins whole.
   */
  @InjectTransactionManager()
  async replaceOrderStaff(orderId: string, userIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    await knex.raw(`SELECT pg_advisory_xact_lock(hashtextextended(?, 11))`, [`order-staff:${orderId}`])
    const before: { user_id: string }[] = await knex("feedback_order_staff")
      .select("user_id")
      .where("order_id", orderId)
      .whereNull("deleted_at")
      .orderBy([{ column: "created_at" }, { column: "user_id" }])
    const wanted = [...new Set(userIds)]
    const previous = before.map((r) => r.user_id)
    await knex("feedback_order_staff").where("order_id", orderId).whereNull("deleted_at").whereNotIn("user_id", wanted).del()
    const added = wanted.filter((id) => !previous.includes(id))
    if (added.length) {
      const now = new Date()
      // one millisecond apart, so the order they were given in is the order they are read in
      await knex("feedback_order_staff").insert(
        added.map((user_id, i) => ({
          id: generateEntityId(undefined, "ordstf"),
          order_id: orderId,
          user_id,
          created_at: new Date(now.getTime() + i),
          updated_at: now,
        }))
      )
    }
    return { order_id: orderId, previous }
  }

  /** Closes an open follow-up; 404 when there is none, 409 when it is already closed. */
  @InjectTransactionManager()
  async closeFollowUp(
    input: { id: string; outcome: string; closed_by: string | null; touch_point_id: string | null; now: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FollowUpRecord> {
    const knex = this.knex_(sharedContext)
    const [closed] = await knex("feedback_follow_up")
      .where({ id: input.id, status: "open" })
      .whereNull("deleted_at")
      .update({
        status: "done",
        outcome: input.outcome,
        closed_by: input.closed_by,
        closed_at: input.now,
        touch_point_id: input.touch_point_id,
        updated_at: input.now,
      })
      .returning("*")
    if (closed) return closed as FollowUpRecord
    this.assertOpen(await this.findFollowUp_(knex, input.id), input.id)
    throw new MedusaError(MedusaError.Types.CONFLICT, `Follow-up ${input.id} changed meanwhile; try again`)
  }

  /** The undo of closeFollowUp. */
  @InjectTransactionManager()
  async reopenFollowUp(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.knex_(sharedContext)("feedback_follow_up")
      .where({ id })
      .update({ status: "open", outcome: null, closed_by: null, closed_at: null, touch_point_id: null, updated_at: new Date() })
  }

  /** The follow-up, checked to be open: 404 when missing, 409 when already done. */
  @InjectManager()
  async retrieveOpenFollowUp(id: string, @MedusaContext() sharedContext: Context = {}): Promise<FollowUpRecord> {
    const row = await this.findFollowUp_(this.knex_(sharedContext), id)
    this.assertOpen(row, id)
    return row!
  }

  /** A page of feedback, newest first, its count and the averages over every row the filters keep. */
  @InjectManager()
  async listFeedbackWithAverages(filters: FeedbackFilters, page: Page, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const filtered = () => this.feedbackQuery_(knex, filters)
    const [rows, [totals]] = await Promise.all([
      filtered().select("*").orderBy([{ column: "created_at", order: "desc" }, { column: "id", order: "desc" }]).offset(page.skip).limit(page.take),
      filtered().select(
        knex.raw("count(*)::int AS count"),
        ...FEEDBACK_RATINGS.map((r) => knex.raw(`round(avg("${r}"), 2)::float AS "${r}"`))
      ),
    ])
    return { feedback: rows as FeedbackRecord[], count: totals.count as number, averages: totals as FeedbackAverages }
  }

  /** A page of follow-ups (soonest due first; done ones latest closed first) and their count. */
  @InjectManager()
  async listFollowUpsAt(filters: FollowUpFilters, now: Date, page: Page, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const filtered = () => {
      const q = knex("feedback_follow_up").whereNull("deleted_at")
      if (filters.view === "done") q.where("status", "done")
      if (filters.view === "open") q.where("status", "open")
      if (filters.view === "overdue") q.where("status", "open").where("due_at", "<", now)
      if (filters.customer_id) q.where("customer_id", filters.customer_id)
      if (filters.feedback_id) q.whereIn("feedback_id", filters.feedback_id)
      return q
    }
    const order =
      filters.view === "done"
        ? [{ column: "closed_at", order: "desc" }, { column: "id", order: "desc" }]
        : [{ column: "status", order: "desc" }, { column: "due_at", order: "asc" }, { column: "id", order: "asc" }]
    const [rows, [{ count }]] = await Promise.all([
      filtered().select("*").orderBy(order as any).offset(page.skip).limit(page.take),
      filtered().count({ count: "*" }),
    ])
    return { follow_ups: rows as FollowUpRecord[], count: Number(count) }
  }

  private feedbackQuery_(knex: Knex, f: FeedbackFilters) {
    const q = knex("feedback").whereNull("deleted_at")
    if (f.customer_id) q.where("customer_id", f.customer_id)
    if (f.order_id) q.where("order_id", f.order_id)
    // the staff as they were when she rated (copied onto the feedback)
    if (f.staff_id) q.whereRaw(`staff_user_ids @> ?::jsonb`, [JSON.stringify([f.staff_id])])
    if (f.rating !== undefined) q.where("overall", f.rating)
    if (f.rating_gte !== undefined) q.where("overall", ">=", f.rating_gte)
    if (f.rating_lte !== undefined) q.where("overall", "<=", f.rating_lte)
    if (f.dimension) {
      if (f.dimension_gte !== undefined) q.where(f.dimension, ">=", f.dimension_gte)
      if (f.dimension_lte !== undefined) q.where(f.dimension, "<=", f.dimension_lte)
    }
    if (f.from) q.where("created_at", ">=", f.from)
    if (f.to) q.where("created_at", "<=", f.to)
    return q
  }

  private async findFollowUp_(knex: Knex, id: string) {
    return (await knex("feedback_follow_up").where({ id }).whereNull("deleted_at").first()) as FollowUpRecord | undefined
  }

  private assertOpen(row: FollowUpRecord | undefined, id: string) {
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Follow-up with id: ${id} was not found`)
    if (row.status !== "open") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Follow-up ${id} was already closed at ${new Date(row.closed_at!).toISOString()}`)
    }
  }
}

export default FeedbackModuleService
