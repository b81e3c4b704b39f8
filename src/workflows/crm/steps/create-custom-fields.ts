import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import type { CreateCustomField } from "../../../types/crm"

/** Defines custom profile fields; undo deletes them. */
export const createCustomFieldsStep = createStep(
  "create-custom-fields",
  async (fields: CreateCustomField[], { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const created = await crm.createFields(fields)
    return new StepResponse(created, created.map((f) => f.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<CrmModuleService>(CRM_MODULE).deleteCustomFields(ids)
  }
)
