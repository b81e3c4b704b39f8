import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"

/** Deleted customers leave the figures (their orders' facts stay, as the orders do). Undo puts them back. */
export const removeCustomerFactsStep = createStep(
  "customer-facts-remove-customers",
  async (customerIds: string[], { container }) => {
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const removed = await service.removeCustomers(customerIds)
    return new StepResponse(undefined, removed)
  },
  async (removed, { container }) => {
    if (!removed) return
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    await service.restoreCustomers(removed)
  }
)
