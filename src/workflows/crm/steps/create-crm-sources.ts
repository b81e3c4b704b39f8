import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { CreateCrmSource } from "../../../types/crm"

/** Creates sources; undo deletes them. */
export const createCrmSourcesStep = createStep(
  "create-crm-sources",
  async (sources: CreateCrmSource[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const created = await crm.createSources(sources)
    return new StepResponse(created, created.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).deleteCrmSources(ids)
  }
)
