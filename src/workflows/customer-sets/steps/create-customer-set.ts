import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"
import type { CreateCustomerSetData } from "../../../modules/customer-sets/service"

/** Creates a set (its rules checked by the module); undo deletes it. */
export const createCustomerSetStep = createStep(
  "customer-sets-create",
  async (data: CreateCustomerSetData, { container }) => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const [created] = await sets.createSets([data])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).deleteCustomerSets(id)
  }
)
