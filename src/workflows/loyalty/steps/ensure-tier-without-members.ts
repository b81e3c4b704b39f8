import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** A tier that members hold cannot be deleted: they would lose their tier silently. */
export const ensureTierWithoutMembersStep = createStep(
  "loyalty-ensure-tier-without-members",
  async (input: { id: string }, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [, members] = await loyalty.listAndCountLoyaltyAccounts({ tier_id: input.id }, { select: ["id"], take: 1 })
    if (members) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `id: the tier has ${members} member${members > 1 ? "s" : ""}; lower its threshold or move them before deleting it`
      )
    }
    return new StepResponse(undefined)
  }
)
