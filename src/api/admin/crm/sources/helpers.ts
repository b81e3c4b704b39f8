import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../../../modules/crm"
import { crmSourceFields } from "./query-config"

type SourceRow = { id: string; name: string; description: string | null }

/** A page of sources by name, each with its customer_count. */
export async function listCrmSources(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page: { skip: number; take: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "crm_source",
    fields: crmSourceFields,
    filters,
    pagination: { ...page, order: { name: "ASC" } },
  })
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const counts = await crm.countCustomersBySource(data.map((s: SourceRow) => s.id))
  const sources = data.map((s: SourceRow) => ({ ...s, customer_count: counts.get(s.id) ?? 0 }))
  return { sources, count: metadata?.count ?? sources.length }
}

/** One source with its customer_count; 404 when there is no live source with that id. */
export async function retrieveCrmSource(container: MedusaContainer, id: string) {
  const { sources } = await listCrmSources(container, { id }, { skip: 0, take: 1 })
  if (!sources.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Source with id: ${id} was not found`)
  }
  return sources[0]
}
