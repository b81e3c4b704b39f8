import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { nextTier, spendNeeded, type Spend, type TierLike, tierProgress, tierWindowStart } from "../../../modules/loyalty/rules/tiers"

export type ReadMemberStandingInput = { customer_id: string; now?: Date; expiring_within_days?: number }

/**
 * L7: a member's standing as she sees it: points (balance, pending, spendable,
 * expiring within the days asked), tier, next tier and the spend still needed
 * over the tier window (from the customer facts), referral code and what a
 * point is worth. Reads only: a customer without an account yet (none of her
 * loyalty events happened) stands at zero, with no tier and no referral code.
 */
export const readMemberStandingStep = createStep(
  "loyalty-read-member-standing",
  async ({ customer_id, now: at, expiring_within_days = 30 }: ReadMemberStandingInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const now = at ? new Date(at) : new Date()
    const [[account], settings, tiers] = await Promise.all([
      loyalty.listLoyaltyAccounts({ customer_id }, { take: 1 }),
      loyalty.retrieveSettings(),
      loyalty.listLoyaltyTiers({}, { order: { rank: "ASC" }, take: null }),
    ])
    const [[points], spendByCustomer] = await Promise.all([
      account
        ? loyalty.summarisePoints([account.id], { now, expiringWithinDays: expiring_within_days })
        : [{ balance: 0, pending: 0, spendable: 0, expiring: 0 }],
      facts.spendByCustomer([customer_id], tierWindowStart(settings, now)),
    ])
    const spend: Spend = spendByCustomer.get(customer_id) ?? {}

    const tier = (tiers.find((t) => t.id === account?.tier_id) ?? null) as (TierLike & { id: string }) | null
    const next = nextTier(tiers as TierLike[], tier, spend)
    return new StepResponse({
      account_id: account?.id ?? null,
      referred_by_account_id: account?.referred_by_account_id ?? null,
      tier_assigned_at: account?.tier_assigned_at ?? null,
      balance: points.balance,
      pending: points.pending,
      spendable: points.spendable,
      expiring_soon: points.expiring,
      tier: tier ? { id: tier.id, handle: tier.handle, name: tier.name, rank: tier.rank } : null,
      next_tier: next ? { id: (next as TierLike & { id: string }).id, handle: next.handle, name: next.name, rank: next.rank, min_spend: next.min_spend ?? {} } : null,
      spend,
      spend_needed: spendNeeded(next, spend),
      progress: tierProgress(next ? { min_spend: next.min_spend ?? {} } : null, spend),
      referral_code: account?.referral_code ?? null,
      point_values: settings.point_values as Record<string, number>,
      min_redeem_points: settings.min_redeem_points,
      max_redeem_percent: settings.max_redeem_percent,
    })
  }
)
