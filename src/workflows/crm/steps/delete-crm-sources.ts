import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { ensureFound } from "./previous-values"

/**
 * Soft-deletes sources only: profiles keep their source_id (read back as no
 * source) and get it back if the delete is undone. 404 for an unknown source.
 */
export const deleteCrmSourcesStep = createStep(
  "delete-crm-sources",
  async (ids: string[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    ensureFound("Source", ids, await crm.listCrmSources({ id: ids }, { select: ["id"] }))
    await crm.softDeleteCrmSources(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).restoreCrmSources(ids)
  }
)
