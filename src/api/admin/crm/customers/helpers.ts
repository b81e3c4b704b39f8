import type { MedusaContainer } from "@medusajs/framework/types"
import { CRM_MODULE, type CrmModuleService } from "../../../../modules/crm"
import type { AdminListCrmCustomersParamsType } from "./validators"

/**
 * Ids of the customers passing the CRM filters (tags, first source), or
 * undefined when none is given. The customer module cannot filter on CRM
 * data, so the CRM module narrows the ids first.
 */
export async function customerIdsMatching(
  container: MedusaContainer,
  { tag_id, tag_match, source_id }: Pick<AdminListCrmCustomersParamsType, "tag_id" | "tag_match" | "source_id">
): Promise<string[] | undefined> {
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  let ids: string[] | undefined
  if (tag_id?.length) ids = await crm.listCustomerIdsByTags(tag_id, tag_match)
  if (source_id) {
    const profiles = await crm.listCrmProfiles({ source_id }, { select: ["customer_id"] })
    const fromSource = new Set(profiles.map((p) => p.customer_id))
    ids = ids ? ids.filter((id) => fromSource.has(id)) : [...fromSource]
  }
  return ids
}
