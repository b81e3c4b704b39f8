import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { ensureFound } from "./previous-values"

/** Soft-deletes tags and, through the model's cascade, their customer assignments; undo restores them. 404 for an unknown tag. */
export const deleteCrmTagsStep = createStep(
  "delete-crm-tags",
  async (ids: string[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    ensureFound("Tag", ids, await crm.listCrmTags({ id: ids }, { select: ["id"] }))
    await crm.softDeleteCrmTags(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).restoreCrmTags(ids)
  }
)
