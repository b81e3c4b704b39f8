import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { crmProfileFields } from "../admin/customers/[id]/crm/query-config"

/** Reads a customer's profile through the customer ↔ profile link; 404 if there is no such customer. */
export async function retrieveCustomerCrmProfile(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", ...crmProfileFields.map((f) => `crm_profile.${f}`)],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  return (data[0] as any).crm_profile ?? null
}
