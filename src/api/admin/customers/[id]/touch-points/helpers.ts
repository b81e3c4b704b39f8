import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { touchPointFields } from "./query-config"

type Staff = { id: string; first_name: string | null; last_name: string | null; email: string }
type TouchPointRow = Record<string, unknown> & { user?: Staff | null }

/**
 * The link exposes the staff member as `user` (and makes query add the key it
 * joins on, staff_user_id); the API shows them as `staff` only.
 */
const toResponse = ({ user, staff_user_id: _key, ...touchPoint }: TouchPointRow) => ({
  ...touchPoint,
  staff: user ? { id: user.id, first_name: user.first_name, last_name: user.last_name, email: user.email } : null,
})

/** A page of touch-points with their staff, newest first (ties: the latest logged first). */
export async function listTouchPoints(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page: { skip: number; take: number },
  fields: string[] = touchPointFields
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "touch_point",
    fields,
    filters,
    pagination: { ...page, order: { occurred_at: "DESC", created_at: "DESC" } },
  })
  return { touch_points: (data as TouchPointRow[]).map(toResponse), count: metadata?.count ?? data.length }
}
