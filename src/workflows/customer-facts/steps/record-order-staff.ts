import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"

/**
 * Copies an order's staff (just set in the feedback module) onto its facts,
 * which the staff report reads; undo puts back what the facts had.
 */
export const recordOrderStaffStep = createStep(
  "customer-facts-record-order-staff",
  async ({ order_id }: { order_id: string }, { container }) => {
    const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const previous = await facts.recordOrderStaff([order_id])
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    await facts.restoreOrderStaff(previous)
  }
)
