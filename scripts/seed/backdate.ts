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
  const values = `(SELECT unnest(?::text[]) AS order_id, unnest(?::timestamptz[]) AS at) v`
  const bind = () => [orderIds, placedAt.map((d) => d.toISOString())]
  await knex.transaction(async (trx) => {
    await trx.raw(`UPDATE "order" o SET created_at = v.at, updated_at = v.at FROM ${values} WHERE o.id = v.order_id`, bind())
    await trx.raw(
      `UPDATE order_transaction t SET created_at = v.at + interval '5 minutes', updated_at = v.at + interval '5 minutes'
       FROM ${values} WHERE t.order_id = v.order_id`,
      bind()
    )
    await trx.raw(
      `UPDATE payment_collection pc SET created_at = v.at, updated_at = v.at + interval '5 minutes',
              completed_at = CASE WHEN pc.completed_at IS NULL THEN NULL ELSE v.at + interval '5 minutes' END
       FROM ${values}, order_payment_collection l
       WHERE l.order_id = v.order_id AND pc.id = l.payment_collection_id`,
      bind()
    )
    await trx.raw(
      `UPDATE payment p SET created_at = v.at + interval '5 minutes', updated_at = v.at + interval '5 minutes',
              captured_at = CASE WHEN p.captured_at IS NULL THEN NULL ELSE v.at + interval '5 minutes' END
       FROM ${values}, order_payment_collection l
       WHERE l.order_id = v.order_id AND p.payment_collection_id = l.payment_collection_id`,
      bind()
    )
    await trx.raw(
      `UPDATE capture c SET created_at = v.at + interval '5 minutes', updated_at = v.at + interval '5 minutes'
       FROM ${values}, order_payment_collection l, payment p
       WHERE l.order_id = v.order_id AND p.payment_collection_id = l.payment_collection_id AND c.payment_id = p.id`,
      bind()
    )
    await trx.raw(
      `UPDATE fulfillment f SET created_at = v.at + interval '1 hour', updated_at = v.at + interval '1 hour',
              packed_at = CASE WHEN f.packed_at IS NULL THEN NULL ELSE v.at + interval '1 hour' END
       FROM ${values}, order_fulfillment l
       WHERE l.order_id = v.order_id AND f.id = l.fulfillment_id`,
      bind()
    )
  })
}
