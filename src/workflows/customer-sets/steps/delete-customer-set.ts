import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"

/** Deletes a set (soft, like Medusa's records); undo restores it. */
export const deleteCustomerSetStep = createStep(
  "customer-sets-delete",
  async (id: string, { container }) => {
    await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).softDeleteCustomerSets(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CustomerSetsModuleService>(CUSTOMER_SETS_MODULE).restoreCustomerSets(id)
  }
)
