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
