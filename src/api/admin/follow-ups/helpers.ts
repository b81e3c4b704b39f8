import type { MedusaContainer } from "@medusajs/framework/types"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../modules/feedback"
import type { AdminFollowUp, FollowUpRecord } from "../../../types/feedback"
import { FEEDBACK_RATINGS } from "../../../types/feedback"
import { peopleByIds } from "../feedback/helpers"

const iso = (d: string | Date | null) => (d ? new Date(d).toISOString() : null)

/** Follow-ups as the admin reads them: overdue or not at `now`, the customer, who closed it, the rating that opened it. */
export async function followUpsWithContext(container: MedusaContainer, rows: FollowUpRecord[], now: Date): Promise<AdminFollowUp[]> {
  const feedbackModule: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const feedbackIds = rows.flatMap((r) => (r.feedback_id ? [r.feedback_id] : []))
  const [customers, users, feedback] = await Promise.all([
    peopleByIds(container, "customer", rows.map((r) => r.customer_id)),
    peopleByIds(container, "user", rows.map((r) => r.closed_by)),
    feedbackIds.length
      ? feedbackModule.listFeedbacks({ id: feedbackIds }, { select: ["id", ...FEEDBACK_RATINGS, "comment", "created_at"], take: null })
      : Promise.resolve([]),
  ])
  const feedbackById = new Map(feedback.map((f) => [f.id, f]))
  return rows.map(({ deleted_at: _d, updated_at: _u, ...r }: FollowUpRecord & Record<string, unknown>) => {
    const f = r.feedback_id ? feedbackById.get(r.feedback_id) : undefined
    return {
      ...r,
      due_at: iso(r.due_at)!,
      closed_at: iso(r.closed_at),
      created_at: iso(r.created_at)!,
      overdue: r.status === "open" && new Date(r.due_at).getTime() < now.getTime(),
      customer: customers.get(r.customer_id) ?? null,
      closed_by_user: r.closed_by ? users.get(r.closed_by) ?? null : null,
      feedback: f
        ? {
            id: f.id,
            ...(Object.fromEntries(FEEDBACK_RATINGS.map((k) => [k, f[k]])) as Record<(typeof FEEDBACK_RATINGS)[number], number>),
            comment: f.comment,
            created_at: iso(f.created_at as unknown as Date)!,
          }
        : null,
    }
  })
}
