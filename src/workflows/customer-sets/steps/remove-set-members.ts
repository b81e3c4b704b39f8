import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"
import { setLockKey } from "../set-membership"
import { Modules } from "@medusajs/framework/utils"

/** Takes every member row out of a set being deleted (its group goes with Medusa's own workflow); undo puts them back. */
export const removeSetMembersStep = createStep(
  "customer-sets-remove-members",
  async (setId: string, { container }) => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const removed = await container.resolve(Modules.LOCKING).execute(setLockKey(setId), () => sets.removeAllMembers(setId), { timeout: 120 })
    return new StepResponse(removed.removed.length, removed)
  },
  async (removed, { container }) => {
    if (removed) await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).revertMembership(removed)
  }
)
