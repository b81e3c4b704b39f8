import type { Knex } from "@medusajs/framework/mikro-orm/postgresql"
import { bulkEntityIds } from "./bulk-ids"

/** a customer's membership of a Medusa customer group */
export type GroupMembership = { customer_id: string; customer_group_id: string }

export type GroupMembershipChanges = {
  /** the memberships created */
  added: GroupMembership[]
  /** the memberships removed, to restore on compensation */
  removed: GroupMembership[]
}

/*
 * Memberships are written in Medusa's customer_group_customer table directly,
 * the rows the customer module's addCustomerToGroup / removeCustomerFromGroup
 * write (ids "cusgc_…", hard deletes), in one statement each: through the
 * module an added membership costs ~0.15 ms of ORM work and a removal builds
 * one OR clause per pair (10 s for 10,000), too slow for a nightly run over
 * 100,000 members. The module emits no event for them that anything here or
 * in Medusa's core listens to.
 */

const REMOVE = `delete from customer_group_customer g
  using unnest(?::text[], ?::text[]) as p(customer_id, customer_group_id)
  where g.customer_id = p.customer_id and g.customer_group_id = p.customer_group_id and g.deleted_at is null
  returning g.customer_id, g.customer_group_id`

// Medusa keeps no unique key on a membership: a customer already in the group is not added again
const ADD = `insert into customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
  select p.id, p.customer_id, p.customer_group_id, now(), now()
  from (select distinct on (customer_id, customer_group_id) * from unnest(?::text[], ?::text[], ?::text[]) as u(id, customer_id, customer_group_id)) p
  where not exists (
    select 1 from customer_group_customer g
    where g.customer_id = p.customer_id and g.customer_group_id = p.customer_group_id and g.deleted_at is null
  )
  returning customer_id, customer_group_id`

const columns = (pairs: GroupMembership[]) => [pairs.map((p) => p.customer_id), pairs.map((p) => p.customer_group_id)]

/** Takes customers out of groups and puts others in, in one transaction; answers what actually changed. */
export async function changeGroupMembers(
  knex: Knex,
  remove: GroupMembership[],
  add: GroupMembership[]
): Promise<GroupMembershipChanges> {
  if (!remove.length && !add.length) return { added: [], removed: [] }
  return knex.transaction(async (trx) => {
    const removed = remove.length ? (await trx.raw(REMOVE, columns(remove))).rows : []
    const added = add.length ? (await trx.raw(ADD, [bulkEntityIds("cusgc", add.length), ...columns(add)])).rows : []
    const unique = new Map<string, GroupMembership>(removed.map((r: GroupMembership) => [`${r.customer_id}:${r.customer_group_id}`, r]))
    return { added, removed: [...unique.values()] }
  })
}

/** Undoes `changeGroupMembers`. */
export async function revertGroupMembers(knex: Knex, changes: GroupMembershipChanges) {
  await changeGroupMembers(knex, changes.added, changes.removed)
}
