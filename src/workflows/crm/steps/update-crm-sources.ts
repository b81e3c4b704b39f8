import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { UpdateCrmSource } from "../../../types/crm"
import { previousValues } from "./previous-values"

/** Renames or re-describes sources; undo writes back what the fields sent held. 404 for an unknown source. */
export const updateCrmSourcesStep = createStep(
  "update-crm-sources",
  async (sources: UpdateCrmSource[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const before = await crm.listCrmSources({ id: sources.map((s) => s.id) }, { select: ["id", "name", "description"] })
    const previous = previousValues("Source", before, sources)
    const updated = await crm.updateSources(sources)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<CrmModuleService>(CRM_MODULE).updateSources(previous as UpdateCrmSource[])
  }
)
