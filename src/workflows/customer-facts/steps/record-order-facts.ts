import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import type { OrderFactInput, OrderFactsSnapshot } from "../../../modules/customer-facts/service"

/** Writes orders' facts and their customers' figures; undo puts back what was there. */
export const recordOrderFactsStep = createStep(
  "customer-facts-record-orders",
  async (facts: OrderFactInput[], { container }) => {
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const snapshot = await service.recordOrders(facts)
    return new StepResponse(
      { customer_ids: [...new Set(facts.flatMap((f) => (f.customer_id ? [f.customer_id] : [])))] },
      snapshot
    )
  },
  async (snapshot: OrderFactsSnapshot | undefined, { container }) => {
    if (!snapshot) return
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    await service.restoreOrders(snapshot)
  }
)
