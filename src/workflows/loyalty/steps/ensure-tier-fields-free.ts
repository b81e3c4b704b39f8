import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

export type TierUniqueFields = { id?: string; handle?: string; name?: string; rank?: number }

/**
 * Rejects a rank, handle or name another live tier already has, with a 400
 * naming the field, before anything is written (the rank decides which tier
 * wins, the name becomes the customer group's name).
 */
export const ensureTierFieldsFreeStep = createStep(
  "loyalty-ensure-tier-fields-free",
  async (input: TierUniqueFields, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const others = (await loyalty.listLoyaltyTiers({}, { select: ["id", "handle", "name", "rank"], take: null })).filter(
      (t) => t.id !== input.id
    )
    for (const field of ["rank", "handle", "name"] as const) {
      const value = input[field]
      if (value === undefined) continue
      const same = (v: unknown) => (typeof v === "string" ? v.toLowerCase() === String(value).toLowerCase() : v === value)
      const clash = others.find((t) => same(t[field]))
      if (clash) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${JSON.stringify(value)} is already used by the ${clash.name} tier`)
      }
    }
    return new StepResponse(undefined)
  }
)
