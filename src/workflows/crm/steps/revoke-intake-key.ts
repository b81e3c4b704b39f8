import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

export type RevokeIntakeKeyInput = { id: string; revoked_by?: string | null }

/**
 * Revokes an intake key: its sender's next lead is a 401. Revoking a revoked
 * key changes nothing. Undo makes it valid again.
 */
export const revokeIntakeKeyStep = createStep(
  "revoke-intake-key",
  async ({ id, revoked_by }: RevokeIntakeKeyInput, { container }) => {
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const [key] = await crm.listIntakeKeys({ id }, { select: ["id", "revoked_at"] })
    if (!key) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intake key with id: ${id} was not found`)
    if (key.revoked_at) return new StepResponse(undefined, null)
    await crm.updateIntakeKeys({ id, revoked_at: new Date(), revoked_by: revoked_by ?? null })
    return new StepResponse(undefined, id)
  },
  async (id: string | null | undefined, { container }) => {
    if (!id) return
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    await crm.updateIntakeKeys({ id, revoked_at: null, revoked_by: null })
  }
)
