import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { ensureFound } from "./previous-values"

/** Soft-deletes custom fields; undo restores them. 404 for an unknown field. */
export const deleteCustomFieldsStep = createStep(
  "delete-custom-fields",
  async (ids: string[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    ensureFound("Custom field", ids, await crm.listCustomFields({ id: ids }, { select: ["id"] }))
    await crm.softDeleteCustomFields(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).restoreCustomFields(ids)
  }
)
