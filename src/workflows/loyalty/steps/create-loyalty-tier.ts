import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

export type LoyaltyTierData = {
  handle?: string
  name?: string
  rank?: number
  min_spend?: Record<string, number>
  discount_percent?: number
  points_multiplier?: number
  birthday_bonus_points?: number
}

/** Creates a tier; undo deletes it. */
export const createLoyaltyTierStep = createStep(
  "loyalty-create-tier",
  async (data: LoyaltyTierData, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [created] = await loyalty.createLoyaltyTiers([data])
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).deleteLoyaltyTiers([id])
  }
)
