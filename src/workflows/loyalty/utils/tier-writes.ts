import type { Knex } from "@medusajs/framework/mikro-orm/postgresql"
import { bulkEntityIds } from "./bulk-ids"
import type { Spend } from "./tiers"

export type TierAssignment = {
  account_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  spend: Spend
}

export type AppliedTierChange = {
  customer_id: string
  account_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  tier_change_id: string
}

/**
 * Moves the accounts to their new tiers and records each change in the tier
 * history, in one statement however many accounts. An account whose tier is
 * no longer `from_tier_id` (another refresh moved it meanwhile) is left alone
 * and gets no history row, so concurrent refreshes never record a change twice.
 */
export async function writeTierAssignments(knex: Knex, assignments: TierAssignment[], reason: string, assignedAt: Date) {
  if (!assignments.length) return [] as AppliedTierChange[]
  const ids = bulkEntityIds("lytchg", assignments.length)
  const moves = assignments.map((a, i) => ({ ...a, change_id: ids[i] }))
  const { rows } = await knex.raw(
    `with move as (
       select * from jsonb_to_recordset(?::jsonb)
         as m(change_id text, account_id text, from_tier_id text, to_tier_id text, spend jsonb)
     ), changed as (
       update loyalty_account a
       set tier_id = m.to_tier_id, tier_assigned_at = ?, updated_at = now()
       from move m
       where a.id = m.account_id and a.deleted_at is null and a.tier_id is not distinct from m.from_tier_id
       returning a.id as account_id, a.customer_id, m.change_id, m.from_tier_id, m.to_tier_id, m.spend
     ), history as (
       insert into loyalty_tier_change (id, account_id, from_tier_id, to_tier_id, reason, spend, created_at, updated_at)
       select change_id, account_id, from_tier_id, to_tier_id, ?, spend, now(), now() from changed
     )
     select customer_id, account_id, change_id as tier_change_id, from_tier_id, to_tier_id from changed`,
    [JSON.stringify(moves), assignedAt, reason]
  )
  return rows as AppliedTierChange[]
}

/** Undoes `writeTierAssignments`: the accounts get their previous tier back, the history rows go. */
export async function revertTierAssignments(
  knex: Knex,
  applied: (AppliedTierChange & { previous_assigned_at: Date | string | null })[]
) {
  if (!applied.length) return
  await knex.transaction(async (trx) => {
    await trx.raw(
      `update loyalty_account a
       set tier_id = m.from_tier_id, tier_assigned_at = m.previous_assigned_at, updated_at = now()
       from jsonb_to_recordset(?::jsonb) as m(account_id text, from_tier_id text, to_tier_id text, previous_assigned_at timestamptz)
       where a.id = m.account_id and a.tier_id is not distinct from m.to_tier_id`,
      [JSON.stringify(applied)]
    )
    await trx.raw(`delete from loyalty_tier_change where id = any(?::text[])`, [applied.map((a) => a.tier_change_id)])
  })
}
