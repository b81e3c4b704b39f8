import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

export type CreateIntakeKeyInput = { name: string; source_id: string; created_by?: string | null }

/** A new intake key; the token comes back this once. Undo deletes the key. */
export const createIntakeKeyStep = createStep(
  "create-intake-key",
  async (input: CreateIntakeKeyInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const { key, token } = await crm.createIntakeKey(input)
    return new StepResponse({ id: key.id, token }, key.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    await crm.deleteIntakeKeys(id)
  }
)
