import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../modules/customer-sets"
import type { MembershipChange } from "../../modules/customer-sets/service"
import {
  changeGroupMembers,
  type GroupMembershipChanges,
  listGroupMembers,
  revertGroupMembers,
} from "../customer-groups/group-members"

/** What materialising one set did: its member rows and its Medusa group. */
export type SetMaterialisation = { members: MembershipChange; group: GroupMembershipChanges }

/** a job and an event never materialise one set at the same time */
export const setLockKey = (setId: string) => `customer-set:${setId}`
const LOCK = { timeout: 120 }

/**
 * Re-evaluates a set (only for `customer_ids` when given) under the set's
 * lock: its member rows get the difference, then its Medusa customer group,
 * through the Customer module, only the customers who joined or left. A full
 * pass compares the group with every member, so a group changed by hand
 * comes back in line; a pass for some customers touches only them.
 */
export async function materialiseSet(
  container: MedusaContainer,
  setId: string,
  options: { now: Date; customer_ids?: string[] }
): Promise<SetMaterialisation> {
  const locking = container.resolve(Modules.LOCKING)
  return await locking.execute(setLockKey(setId), async () => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const members = await sets.materialise(setId, options)
    const { customer_group_id: groupId } = await sets.retrieveCustomerSet(setId, { select: ["customer_group_id"] })
    if (!groupId) return { members, group: { added: [], removed: [] } }
    try {
      const pair = (customer_id: string) => ({ customer_id, customer_group_id: groupId })
      const wanted = await sets.memberIdsOf(setId, options.customer_ids)
      const present = options.customer_ids
        ? options.customer_ids
        : (await listGroupMembers(container, [groupId])).map((m) => m.customer_id)
      const wantedSet = new Set(wanted)
      // changeGroupMembers skips what is already so: a member kept is neither removed nor added again
      const group = await changeGroupMembers(container, present.filter((id) => !wantedSet.has(id)).map(pair), wanted.map(pair))
      return { members, group }
    } catch (error) {
      await sets.revertMembership(members)
      throw error
    }
  }, LOCK)
}

/** Undoes `materialiseSet`: the group first, then the rows. */
export async function revertMaterialisation(container: MedusaContainer, done: SetMaterialisation) {
  const locking = container.resolve(Modules.LOCKING)
  await locking.execute(setLockKey(done.members.set_id), async () => {
    await revertGroupMembers(container, done.group)
    await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).revertMembership(done.members)
  }, LOCK)
}
