import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { chooseTier, shouldChangeTier, type Spend, tierWindowStart } from "../../../modules/loyalty/rules/tiers"

/** whose tier to evaluate: the customers given, or everyone with a counted order or an account */
export type MemberSelection = { customer_ids: string[] } | { all: true }

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
 * window, from the customer facts (one grouped query however many members),
 * against the tiers' thresholds. Writes nothing.
 */
export const evaluateCustomerTiersStep = createStep(
  "loyalty-evaluate-customer-tiers",
  async (input: EvaluateCustomerTiersInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const customerIds = "customer_ids" in input ? input.customer_ids : null
    const [settings, tiers] = await Promise.all([
      loyalty.retrieveSettings(),
      loyalty.listLoyaltyTiers({}, { select: ["id", "rank", "min_spend"], take: null }),
    ])
    const [spend, members] = await Promise.all([
      facts.spendByCustomer(customerIds, tierWindowStart(settings, new Date(input.now))),
      loyalty.listMembers(customerIds),
    ])
    const byId = new Map(tiers.map((t) => [t.id, t]))
    const accounts = new Map(members.map((m) => [m.customer_id, m]))
    const allowDowngrade = input.allow_downgrade ?? !settings.downgrade_nightly_only

    const moves: TierMove[] = []
    for (const customerId of new Set([...(customerIds ?? []), ...spend.keys(), ...accounts.keys()])) {
      const account = accounts.get(customerId)
      const current = account?.tier_id ? byId.get(account.tier_id) ?? null : null
      const spent = spend.get(customerId) ?? {}
      const target = chooseTier(tiers as any[], spent)
      // an account whose tier was deleted counts as having none
      if (!shouldChangeTier(current, target, allowDowngrade)) continue
      moves.push({
        customer_id: customerId,
        account_id: account?.account_id ?? null,
        from_tier_id: account?.tier_id ?? null,
        to_tier_id: target?.id ?? null,
        previous_assigned_at: account?.tier_assigned_at ?? null,
        spend: spent,
      })
    }
    return new StepResponse(moves)
  }
)
