import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import { CUSTOMER_PLACE_FIELDS, type CustomerAddress, customerPlaceOf } from "../../../modules/customer-facts/places"

const KEPT = ["id", "customer_id", "registered_at", "city", "city_key", "country_code", "address_from"] as const

/**
 * When customers were created and where they live (their own address, else
 * their last order's), read through Query and kept in their facts (source
 * statistics count the customers acquired in a period; sets filter by city).
 * Undo removes the rows it opened and puts back what it changed.
 */
export const recordCustomerRegistrationsStep = createStep(
  "customer-facts-record-registrations",
  async (customerIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "created_at", ...CUSTOMER_PLACE_FIELDS],
      filters: { id: customerIds },
    })
    const before = await service.listCustomerFacts({ customer_id: customerIds }, { select: [...KEPT], take: null })
    await service.recordCustomers(
      (data as { id: string; created_at: string | Date; addresses?: CustomerAddress[] }[]).map((c) => ({
        customer_id: c.id,
        registered_at: c.created_at,
        place: customerPlaceOf(c.addresses),
      }))
    )
    return new StepResponse(undefined, { customer_ids: customerIds, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const kept = new Set(undo.before.map((f) => f.customer_id))
    const opened = await service.listCustomerFacts({ customer_id: undo.customer_ids.filter((id) => !kept.has(id)) }, { select: ["id"] })
    if (opened.length) await service.deleteCustomerFacts(opened.map((f) => f.id))
    if (undo.before.length) {
      await service.updateCustomerFacts(
        undo.before.map(({ customer_id: _, ...fact }) => fact)
      )
    }
  }
)
