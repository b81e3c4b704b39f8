import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../../../modules/crm"
import { crmProfileFields } from "../../customers/[id]/crm/query-config"

// the profile's own columns; its source comes with them as { id, name }
const profileColumns = crmProfileFields.filter((f) => !f.startsWith("source."))

/**
 * Each customer's profile (null until first written) and tags, read from the
 * CRM module for a whole page at once. (Not through the customer ↔ profile
 * link in query.graph: that hydrates every profile as an ORM entity, which cost
 * more than Medusa's own customer list; and Medusa 2.21.2 mixes two read-only
 * customer links up in one query.graph, each getting the other's rows.)
 */
export function listCustomersCrm(container: MedusaContainer, customerIds: string[]) {
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  return crm.listCustomersCrm(customerIds, profileColumns)
}

/** Reads a customer's profile (null until first written) and tags; 404 if there is no such customer. */
export async function retrieveCustomerCrm(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, crm] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } }),
    listCustomersCrm(container, [customerId]),
  ])
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  return crm.get(customerId)!
}
