import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { nameKey } from "../../../lib/text"

/**
 * Finds the CRM source a lead names (by folded name: "facebook lead ads" is "Facebook Lead Ads", "KHÁCH ĐẾN" is "Khách đến"),
 * or rejects the lead with a 400 naming `source`.
 */
export const resolveLeadSourceStep = createStep(
  "resolve-lead-source",
  async (name: string, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const [source] = await crm.listCrmSources({ name_key: nameKey(name) }, { select: ["id", "name"], take: 1 })
    if (!source) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `source: there is no CRM source named "${name}"`)
    }
    return new StepResponse({ id: source.id, name: source.name })
  }
)
