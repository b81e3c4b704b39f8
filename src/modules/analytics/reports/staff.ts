import type { StaffReport, StaffRow } from "../../../types/analytics"
import { type Db, rowsOf } from "../db"
import { money, ratio } from "../numbers"
import { dayStart, orderIn, type Period, periodsOf, rebooked, wholeStep } from "../period"
import { join, sql } from "../sql"

export type StaffFigures = Omit<StaffRow, "first_name" | "last_name" | "email">
type Row = {
  user_id: string
  orders: number
  orders_previous: number
  services: number
  revenue: string
  rebooked: number
  ratings: number
  overall: number
  staff_attitude: number
  ratings_previous: number
  overall_previous: number
}

/**
 * A7, one statement: the orders of each period with the staff who served them
 * (kept on the order facts, so one read of the orders index; each order
 * counts whole for each of its staff) — orders, service lines, revenue,
 * rebooked; and the ratings given in each period naming them (the
 * staff the feedback was attributed to when given).
 */
export async function staffReport(db: Db, p: Period, { rebook_days }: { rebook_days: number }): Promise<{ staff: StaffFigures[] }> {
  const [current, previous] = periodsOf(p)
  const rows = await rowsOf<Row>(
    db,
    sql`WITH teams AS (
      -- grouped by the order's staff as a whole first (a few distinct teams), then spread to each member: no row is unnested
      ${join(
        [current, previous].map(
          (period) => sql`(SELECT ${period.current}::boolean AS current, o.staff_user_ids, count(*)::int AS orders,
            coalesce(sum(o.service_quantity), 0)::int AS services, coalesce(sum(o.net_spend), 0) AS revenue,
            count(*) FILTER (WHERE ${rebooked(rebook_days)})::int AS rebooked
          FROM facts_order o WHERE ${orderIn(p, wholeStep(period))} AND o.staff_user_ids IS NOT NULL
          GROUP BY o.staff_user_ids)`
        ),
        " UNION ALL "
      )}
    ),
    served AS (
      SELECT t.current, u.user_id, sum(t.orders)::int AS orders, sum(t.services)::int AS services, sum(t.revenue) AS revenue,
        sum(t.rebooked)::int AS rebooked
      FROM teams t CROSS JOIN LATERAL unnest(t.staff_user_ids) AS u(user_id) GROUP BY 1, 2
    ),
    rated AS (
      SELECT r.current, u.user_id, sum(r.ratings)::int AS ratings, sum(r.overall)::int AS overall, sum(r.staff_attitude)::int AS staff_attitude
      FROM (
        SELECT f.created_at >= ${dayStart(p, p.from)} AS current, f.staff_user_ids, count(*) AS ratings,
          sum(f.overall) AS overall, sum(f.staff_attitude) AS staff_attitude
        FROM feedback f
        WHERE f.created_at >= ${dayStart(p, p.previous.from)} AND f.created_at < ${dayStart(p, wholeStep(current).end)} AND f.deleted_at IS NULL
        GROUP BY 1, 2
      ) r CROSS JOIN LATERAL jsonb_array_elements_text(r.staff_user_ids) AS u(user_id)
      GROUP BY 1, 2
    ),
    people AS (SELECT user_id FROM served UNION SELECT user_id FROM rated)
    SELECT x.user_id, coalesce(s.orders, 0) AS orders, coalesce(b.orders, 0) AS orders_previous, coalesce(s.services, 0) AS services,
      coalesce(s.revenue, 0) AS revenue, coalesce(s.rebooked, 0) AS rebooked,
      coalesce(r.ratings, 0) AS ratings, coalesce(r.overall, 0) AS overall, coalesce(r.staff_attitude, 0) AS staff_attitude,
      coalesce(rp.ratings, 0) AS ratings_previous, coalesce(rp.overall, 0) AS overall_previous
    FROM people x
    LEFT JOIN served s ON s.user_id = x.user_id AND s.current
    LEFT JOIN served b ON b.user_id = x.user_id AND NOT b.current
    LEFT JOIN rated r ON r.user_id = x.user_id AND r.current
    LEFT JOIN rated rp ON rp.user_id = x.user_id AND NOT rp.current
    ORDER BY orders DESC, x.user_id`
  )
  return {
    staff: rows.map(
      (r): StaffFigures => ({
        user_id: r.user_id,
        orders: r.orders,
        services: r.services,
        revenue: money(r.revenue),
        ratings: r.ratings,
        average_rating: ratio(r.overall, r.ratings, 2),
        average_staff_attitude: ratio(r.staff_attitude, r.ratings, 2),
        rebook_rate: ratio(r.rebooked, r.orders),
        orders_previous: r.orders_previous,
        average_rating_previous: ratio(r.overall_previous, r.ratings_previous, 2),
      })
    ),
  }
}
