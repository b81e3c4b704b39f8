import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { UpdateCrmTag } from "../../../types/crm"
import { previousValues } from "./previous-values"

/** Renames or recolours tags; undo writes back what the fields sent held. 404 for an unknown tag. */
export const updateCrmTagsStep = createStep(
  "update-crm-tags",
  async (tags: UpdateCrmTag[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const before = await crm.listCrmTags({ id: tags.map((t) => t.id) }, { select: ["id", "name", "color"] })
    const previous = previousValues("Tag", before, tags)
    const updated = await crm.updateTags(tags)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<CrmModuleService>(CRM_MODULE).updateTags(previous as UpdateCrmTag[])
  }
)
