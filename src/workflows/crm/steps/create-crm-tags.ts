import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { CreateCrmTag } from "../../../types/crm"

/** Creates tags; undo deletes them. */
export const createCrmTagsStep = createStep(
  "create-crm-tags",
  async (tags: CreateCrmTag[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const created = await crm.createTags(tags)
    return new StepResponse(created, created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).deleteCrmTags(ids)
  }
)
