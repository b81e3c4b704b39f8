import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { UpdateCustomField } from "../../../types/crm"
import { previousValues } from "./previous-values"

/** Changes label, options, required or rank of custom fields; undo writes back what they held. 404 for an unknown field. */
export const updateCustomFieldsStep = createStep(
  "update-custom-fields",
  async (fields: UpdateCustomField[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const before = await crm.listCustomFields({ id: fields.map((f) => f.id) }, { select: ["id", "label", "options", "required", "rank"] })
    const previous = previousValues("Custom field", before, fields)
    const updated = await crm.updateFields(fields)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve<CrmModuleService>(CRM_MODULE).updateFields(previous as UpdateCustomField[])
  }
)
