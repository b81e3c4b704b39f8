import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminFeedback, FeedbackRecord, PersonSummary } from "../../../types/feedback"

const PERSON_FIELDS = ["id", "first_name", "last_name", "email"]

/** Customers or admin users by id, read through Medusa's modules (one query each). */
export async function peopleByIds(container: MedusaContainer, entity: "customer" | "user", ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  if (!wanted.length) return new Map<string, PersonSummary>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: PERSON_FIELDS, filters: { id: wanted } })
  return new Map((data as PersonSummary[]).map((p) => [p.id, p]))
}

/** Feedback as the admin reads it: with the customer and the staff who served the order. */
export async function feedbackWithPeople(container: MedusaContainer, rows: FeedbackRecord[]): Promise<AdminFeedback[]> {
  const [customers, users] = await Promise.all([
    peopleByIds(container, "customer", rows.map((f) => f.customer_id)),
    peopleByIds(container, "user", rows.flatMap((f) => f.staff_user_ids ?? [])),
  ])
  return rows.map(({ deleted_at: _d, updated_at: _u, ...f }: FeedbackRecord & Record<string, unknown>) => ({
    ...f,
    created_at: new Date(f.created_at).toISOString(),
    customer: customers.get(f.customer_id) ?? null,
    staff: (f.staff_user_ids ?? []).flatMap((id) => users.get(id) ?? []),
  }))
}
