import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { updateReplacingJson } from "../utils/replace-json"

export type LoyaltyTierData = {
  handle?: string
  name?: string
  rank?: number
  min_spend?: Record<string, number>
  discount_percent?: number
  points_multiplier?: number
  birthday_bonus_points?: number
}

/** create: no id; update: the id and the fields to change; delete: the id and `delete: true` */
export type WriteLoyaltyTierInput = LoyaltyTierData & { id?: string; delete?: boolean }

type Compensation = { created_id?: string; deleted_id?: string; previous?: Record<string, unknown> & { id: string } }

const write = (loyalty: LoyaltyModuleService) => (data: Record<string, unknown>) => loyalty.updateLoyaltyTiers(data as any)

/**
 * Creates, updates or soft-deletes one tier; the undo deletes, writes back
 * the previous values of the fields sent, or restores it. A sent min_spend
 * replaces the stored one. 404 for an id with no live tier.
 */
export const writeLoyaltyTierStep = createStep(
  "loyalty-write-tier",
  async ({ id, delete: remove, ...data }: WriteLoyaltyTierInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    if (!id) {
      const created = await loyalty.createLoyaltyTiers(data as any)
      return new StepResponse({ id: created.id }, { created_id: created.id } as Compensation)
    }
    const [tier] = await loyalty.listLoyaltyTiers({ id }, { take: 1 })
    if (!tier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty tier with id: ${id} was not found`)
    if (remove) {
      await loyalty.softDeleteLoyaltyTiers([id])
      return new StepResponse({ id }, { deleted_id: id } as Compensation)
    }
    const previous = { id, ...Object.fromEntries(Object.keys(data).map((k) => [k, (tier as any)[k]])) }
    await updateReplacingJson(write(loyalty), id, data, ["min_spend"])
    return new StepResponse({ id }, { previous } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    if (compensation.created_id) await loyalty.deleteLoyaltyTiers([compensation.created_id])
    if (compensation.deleted_id) await loyalty.restoreLoyaltyTiers([compensation.deleted_id])
    if (compensation.previous) {
      const { id, ...previous } = compensation.previous
      await updateReplacingJson(write(loyalty), id, previous, ["min_spend"])
    }
  }
)
