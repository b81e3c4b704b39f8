import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"

/**
 * When customers were created, read through Query, kept in their facts (the
 * source statistics count the customers acquired in a period). Undo removes
 * the rows it opened and puts back the dates it changed.
 */
export const recordCustomerRegistrationsStep = createStep(
  "customer-facts-record-registrations",
  async (customerIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "created_at"], filters: { id: customerIds } })
    const before = await service.listCustomerFacts({ customer_id: customerIds }, { select: ["id", "customer_id", "registered_at"], take: null })
    await service.recordCustomers(data.map((c) => ({ customer_id: c.id, registered_at: c.created_at })))
    return new StepResponse(undefined, { customer_ids: customerIds, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const kept = new Set(undo.before.map((f) => f.customer_id))
    const opened = await service.listCustomerFacts({ customer_id: undo.customer_ids.filter((id) => !kept.has(id)) }, { select: ["id"] })
    if (opened.length) await service.deleteCustomerFacts(opened.map((f) => f.id))
    if (undo.before.length) await service.updateCustomerFacts(undo.before.map((f) => ({ id: f.id, registered_at: f.registered_at })))
  }
)
