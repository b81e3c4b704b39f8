import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CRM_MODULE, type CrmModuleService } from "../../../../modules/crm"
import { intakeKeyFields } from "./query-config"

/** A page of intake keys, newest first, each with when it last brought a lead. */
export async function listIntakeKeys(
  container: MedusaContainer,
  filters: Record<string, unknown>,
  page: { skip: number; take: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "intake_key",
    fields: intakeKeyFields,
    filters,
    pagination: { ...page, order: { created_at: "DESC", id: "DESC" } },
  })
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const lastLeads = await crm.lastLeadAtByIntakeKey(data.map((k: { id: string }) => k.id))
  const keys = data.map((k: { id: string }) => ({ ...k, last_lead_at: lastLeads.get(k.id) ?? null }))
  return { intake_keys: keys, count: metadata?.count ?? keys.length }
}

/** One intake key; 404 when there is none with that id. */
export async function retrieveIntakeKey(container: MedusaContainer, id: string) {
  const { intake_keys } = await listIntakeKeys(container, { id }, { skip: 0, take: 1 })
  if (!intake_keys.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intake key with id: ${id} was not found`)
  return intake_keys[0]
}
