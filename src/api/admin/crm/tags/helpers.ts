import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../../../modules/crm"

/** Adds `customer_count` to tags, with one grouped count for the whole page. */
export async function withCustomerCounts<T extends { id: string }>(container: MedusaContainer, tags: T[]) {
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const counts = await crm.countCustomersByTag(tags.map((t) => t.id))
  return tags.map((tag) => ({ ...tag, customer_count: counts.get(tag.id) ?? 0 }))
}

/** Reads one tag back with its customer count; 404 if it does not exist. */
export async function refetchCrmTag(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "crm_tag", fields, filters: { id } }, { throwIfKeyNotFound: true })
  const [tag] = await withCustomerCounts(container, data as { id: string }[])
  return tag
}
