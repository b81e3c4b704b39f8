import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"
import type { UpdateCustomerSetData } from "../../../modules/customer-sets/service"

/** Changes a set's fields (404 for an unknown set); undo writes back what the fields sent held. */
export const updateCustomerSetStep = createStep(
  "customer-sets-update",
  async (data: UpdateCustomerSetData, { container }) => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const before = await sets.retrieveCustomerSet(data.id)
    const previous = Object.fromEntries(Object.keys(data).map((key) => [key, before[key as keyof typeof before]])) as UpdateCustomerSetData
    const [updated] = await sets.updateSets([data])
    return new StepResponse({ set: updated, previous }, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).updateSets([previous])
  }
)
