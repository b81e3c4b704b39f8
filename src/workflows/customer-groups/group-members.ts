import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** a customer's membership of a Medusa customer group */
export type GroupMembership = { customer_id: string; customer_group_id: string }

export type GroupMembershipChanges = {
  /** the memberships created */
  added: GroupMembership[]
  /** the memberships removed, to restore on compensation */
  removed: GroupMembership[]
}

// the customer module removes pairs through one OR clause each: chunks keep each statement small
const REMOVE_CHUNK = 500
const ADD_CHUNK = 2_000

const key = (m: GroupMembership) => `${m.customer_id}:${m.customer_group_id}`

/** Every membership of these groups (of these customers only, when given), through the Customer module. */
export async function listGroupMembers(container: MedusaContainer, groupIds: string[], customerIds?: string[]) {
  if (!groupIds.length || customerIds?.length === 0) return [] as GroupMembership[]
  const customers = container.resolve(Modules.CUSTOMER)
  const rows = await customers.listCustomerGroupCustomers(
    { customer_group_id: groupIds, ...(customerIds ? { customer_id: customerIds } : {}) },
    { select: ["customer_id", "customer_group_id"], take: null }
  )
  return rows.map((r) => ({ customer_id: r.customer_id, customer_group_id: r.customer_group_id }))
}

/**
 * Takes customers out of groups and puts others in through Medusa's Customer
 * module (never its tables), writing only the difference: a membership that
 * already exists is not added again, one that does not is not removed.
 * Answers what actually changed, for the compensation.
 */
export async function changeGroupMembers(
  container: MedusaContainer,
  remove: GroupMembership[],
  add: GroupMembership[]
): Promise<GroupMembershipChanges> {
  if (!remove.length && !add.length) return { added: [], removed: [] }
  const involved = [...remove, ...add]
  const existing = new Set(
    (
      await listGroupMembers(
        container,
        [...new Set(involved.map((m) => m.customer_group_id))],
        [...new Set(involved.map((m) => m.customer_id))]
      )
    ).map(key)
  )
  const unique = (pairs: GroupMembership[]) => [...new Map(pairs.map((p) => [key(p), p])).values()]
  const removed = unique(remove).filter((m) => existing.has(key(m)))
  const added = unique(add).filter((m) => !existing.has(key(m)))
  return applyGroupChanges(container, { added, removed })
}

/** Writes exactly these removals and additions through the Customer module. */
async function applyGroupChanges(container: MedusaContainer, changes: GroupMembershipChanges) {
  const customers = container.resolve(Modules.CUSTOMER)
  for (let i = 0; i < changes.removed.length; i += REMOVE_CHUNK) {
    await customers.removeCustomerFromGroup(changes.removed.slice(i, i + REMOVE_CHUNK))
  }
  for (let i = 0; i < changes.added.length; i += ADD_CHUNK) {
    await customers.addCustomerToGroup(changes.added.slice(i, i + ADD_CHUNK))
  }
  return changes
}

/** Undoes `changeGroupMembers`. */
export async function revertGroupMembers(container: MedusaContainer, changes: GroupMembershipChanges) {
  await applyGroupChanges(container, { removed: changes.added, added: changes.removed })
}
