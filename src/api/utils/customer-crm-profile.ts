import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../modules/crm"
import { crmProfileFields } from "../admin/customers/[id]/crm/query-config"

export type CustomerTagSummary = { id: string; name: string; color: string }

/** query.graph fields reading a customer's profile (and its source) through the customer ↔ profile link. */
export const customerProfileFields = crmProfileFields.map((f) => `crm_profile.${f}`)

/**
 * The tags of each customer, sorted by name, read from the CRM module. (A second
 * read-only customer link beside `crm_profile` was tried: Medusa 2.21.2 mixes two
 * such links up in one query.graph, each getting the other's rows.)
 */
export async function listTagsByCustomer(container: MedusaContainer, customerIds: string[]) {
  const byCustomer = new Map<string, CustomerTagSummary[]>(customerIds.map((id) => [id, []]))
  if (!customerIds.length) return byCustomer
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const assignments = await crm.listCustomerTags(
    { customer_id: customerIds },
    { select: ["customer_id", "tag.id", "tag.name", "tag.color"], relations: ["tag"] }
  )
  for (const { customer_id, tag } of assignments) {
    if (tag) byCustomer.get(customer_id)?.push({ id: tag.id, name: tag.name, color: tag.color })
  }
  for (const tags of byCustomer.values()) tags.sort((a, b) => a.name.localeCompare(b.name))
  return byCustomer
}

/** Reads a customer's profile (null until first written) and tags; 404 if there is no such customer. */
export async function retrieveCustomerCrm(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", ...customerProfileFields],
    filters: { id: customerId },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  const tags = (await listTagsByCustomer(container, [customerId])).get(customerId)!
  return { crm_profile: (data[0] as { crm_profile?: unknown }).crm_profile ?? null, tags }
}
