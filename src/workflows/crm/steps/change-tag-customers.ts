import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

export type ChangeTagCustomersInput = {
  tag_id: string
  add?: string[]
  remove?: string[]
}

/**
 * Puts the tag on the customers in `add` and takes it off those in `remove`.
 * The service skips what is already so and returns what it really changed,
 * which is exactly what the compensation reverses.
 */
export const changeTagCustomersStep = createStep(
  "change-tag-customers",
  async ({ tag_id, add, remove }: ChangeTagCustomersInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const changed = await crm.changeTagCustomers(tag_id, { add, remove })
    return new StepResponse(changed, { tag_id, ...changed })
  },
  async (changed, { container }) => {
    if (!changed || (!changed.added.length && !changed.removed.length)) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    await crm.changeTagCustomers(changed.tag_id, { add: changed.removed, remove: changed.added })
  }
)
