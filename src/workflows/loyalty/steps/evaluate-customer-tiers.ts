import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { loadMemberSpend, type MemberSelection } from "../utils/member-spend"
import { chooseTier, shouldChangeTier, type Spend, tierWindowStart } from "../utils/tiers"

export type EvaluateCustomerTiersInput = MemberSelection & {
  /** undefined: the settings' policy for order events (downgrade unless downgrade_nightly_only) */
  allow_downgrade?: boolean
  now: Date
}

export type TierMove = {
  customer_id: string
  account_id: string | null
  from_tier_id: string | null
  to_tier_id: string | null
  previous_assigned_at: Date | null
  spend: Spend
}

/**
 * Which members change tier: their spend per currency over the settings'
 * window, read in one query, against the tiers' thresholds. Writes nothing.
 */
export const evaluateCustomerTiersStep = createStep(
  "loyalty-evaluate-customer-tiers",
  async (input: EvaluateCustomerTiersInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const settings = await loyalty.retrieveSettings()
    const tiers = await loyalty.listLoyaltyTiers({}, { select: ["id", "rank", "min_spend"], take: null })
    const byId = new Map(tiers.map((t) => [t.id, t]))
    const allowDowngrade = input.allow_downgrade ?? !settings.downgrade_nightly_only
    const rows = await loadMemberSpend(
      container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
      input,
      tierWindowStart(settings, new Date(input.now))
    )

    const moves: TierMove[] = []
    for (const row of rows) {
      const current = row.tier_id ? byId.get(row.tier_id) ?? null : null
      const target = chooseTier(tiers as any[], row.spend)
      // an account whose tier was deleted counts as having none
      if (!shouldChangeTier(current, target, allowDowngrade)) continue
      moves.push({
        customer_id: row.customer_id,
        account_id: row.account_id,
        from_tier_id: row.tier_id,
        to_tier_id: target?.id ?? null,
        previous_assigned_at: row.tier_assigned_at,
        spend: row.spend,
      })
    }
    return new StepResponse(moves)
  }
)
