import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { LoyaltyTierData } from "./create-loyalty-tier"

export type UpdateLoyaltyTierInput = LoyaltyTierData & { id: string }

/** Changes a tier's fields (a sent min_spend replaces the stored one); undo writes back what they held. 404 for an unknown tier. */
export const updateLoyaltyTierStep = createStep(
  "loyalty-update-tier",
  async ({ id, ...data }: UpdateLoyaltyTierInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const previous = await loyalty.updateTier(id, data)
    return new StepResponse({ id }, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).updateTier(undo.id, undo.previous)
  }
)
