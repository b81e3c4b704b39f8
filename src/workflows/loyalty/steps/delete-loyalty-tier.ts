import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** Soft-deletes a tier; undo restores it. 404 for an unknown tier. */
export const deleteLoyaltyTierStep = createStep(
  "loyalty-delete-tier",
  async ({ id }: { id: string }, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [tier] = await loyalty.listLoyaltyTiers({ id }, { select: ["id"], take: 1 })
    if (!tier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
    await loyalty.softDeleteLoyaltyTiers([id])
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).restoreLoyaltyTiers([id])
  }
)
