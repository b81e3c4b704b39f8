import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * Dates demo rows in the past (a customer joined when she was acquired, an
 * order was placed months ago), so the analytics have a history to show.
 * Seed-only: the application itself never rewrites created_at.
 */
export async function backdate(knex: Knex, table: string, ids: string[], dates: Date[]) {
  if (!ids.length) return
  await knex.raw(
    `UPDATE ?? AS t SET created_at = v.at, updated_at = v.at
     FROM (SELECT unnest(?::text[]) AS id, unnest(?::timestamptz[]) AS at) v WHERE t.id = v.id`,
    [table, ids, dates.map((d) => d.toISOString())]
  )
}

/**
 * An order's whole timeline moved to when it was placed: the order, its
 * payment (captured at the counter a few minutes later) and its fulfillment
 * (the treatment, an hour later), so the admin's order page reads like one.
 * Seed-only, like `backdate`.
 */
export async function backdateOrderHistory(knex: Knex, orderIds: string[], placedAt: Date[]) {
  if (!orderIds.length) return
  const paid = "v.at + interval '5 minutes'"
  const given = "v.at + interval '1 hour'"
  const payments = "order_payment_collection l, payment p WHERE l.order_id = v.order_id AND p.payment_collection_id = l.payment_collection_id"
  // each row: table, what it is set to, how it is reached from the order
  const timeline: [string, string, string][] = [
    [`"order" t`, "created_at = v.at, updated_at = v.at", "WHERE t.id = v.order_id"],
    ["order_transaction t", `created_at = ${paid}, updated_at = ${paid}`, "WHERE t.order_id = v.order_id"],
    [
      "payment_collection t",
      `created_at = v.at, updated_at = ${paid}, completed_at = CASE WHEN t.completed_at IS NULL THEN NULL ELSE ${paid} END`,
      ", order_payment_collection l WHERE l.order_id = v.order_id AND t.id = l.payment_collection_id",
    ],
    [
      "payment t",
      `created_at = ${paid}, updated_at = ${paid}, captured_at = CASE WHEN t.captured_at IS NULL THEN NULL ELSE ${paid} END`,
      ", order_payment_collection l WHERE l.order_id = v.order_id AND t.payment_collection_id = l.payment_collection_id",
    ],
    ["capture t", `created_at = ${paid}, updated_at = ${paid}`, `, ${payments} AND t.payment_id = p.id`],
    [
      "fulfillment t",
      `created_at = ${given}, updated_at = ${given}, packed_at = CASE WHEN t.packed_at IS NULL THEN NULL ELSE ${given} END`,
      ", order_fulfillment l WHERE l.order_id = v.order_id AND t.id = l.fulfillment_id",
    ],
  ]
  await knex.transaction(async (trx) => {
    for (const [table, set, reach] of timeline) {
      await trx.raw(
        `UPDATE ${table} SET ${set}
         FROM (SELECT unnest(?::text[]) AS order_id, unnest(?::timestamptz[]) AS at) v ${reach}`,
        [orderIds, placedAt.map((d) => d.toISOString())]
      )
    }
  })
}
