import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A 400 naming `code` when a promotion, or a campaign (named after its promotion's code), already uses it. */
export const ensurePromotionCodeFreeStep = createStep(
  "customer-sets-ensure-promotion-code-free",
  async (code: string, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const [promotion] = await promotions.listPromotions({ code }, { select: ["id"], take: 1 })
    const [campaign] = promotion ? [] : await promotions.listCampaigns({ campaign_identifier: [code] }, { select: ["id"], take: 1 })
    if (promotion || campaign) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `code: "${code}" is already used by another promotion`)
    }
    return new StepResponse(undefined)
  }
)
