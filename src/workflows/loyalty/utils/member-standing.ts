import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { reachesTier, type Spend, tierWindowStart } from "./tiers"

type TierLike = { id: string; handle: string; name: string; rank: number; min_spend: Record<string, number> | null }

/**
 * The tier to show as the next goal: the lowest above `current` that her spend
 * does not reach yet (one she already reaches is hers at the next evaluation),
 * or null at the top.
 */
export function nextTier<T extends TierLike>(tiers: T[], current: T | null, spend: Spend): T | null {
  return (
    [...tiers]
      .sort((a, b) => a.rank - b.rank)
      .find((t) => t.rank > (current?.rank ?? -1) && !reachesTier({ ...t, min_spend: t.min_spend ?? {} }, spend)) ?? null
  )
}

/**
 * Per currency, what is still to spend to reach `tier`, never below 0. Reaching
 * the minimum in any one currency is enough, so each entry is an alternative.
 */
export function spendNeeded(tier: TierLike | null, spend: Spend): Spend {
  if (!tier) return {}
  return Object.fromEntries(
    Object.entries(tier.min_spend ?? {}).map(([currency, min]) => [
      currency,
      MathBN.max(0, MathBN.sub(min, spend[currency] ?? 0)).toNumber(),
    ])
  )
}

/**
 * L7: a member's standing as she sees it: points (balance, pending, spendable,
 * expiring within `expiringWithinDays`), tier, next tier and the spend still
 * needed over the tier window, referral code and what a point is worth. Opens
 * her account on first look, like any first loyalty event would.
 */
export async function retrieveMemberStanding(
  container: MedusaContainer,
  customerId: string,
  { now = new Date(), expiringWithinDays = 30 }: { now?: Date; expiringWithinDays?: number } = {}
) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.ensureAccounts([customerId])
  const [settings, tiers, [points]] = await Promise.all([
    loyalty.retrieveSettings(),
    loyalty.listLoyaltyTiers({}, { order: { rank: "ASC" }, take: null }),
    loyalty.summarisePoints([account.id], { now, expiringWithinDays }),
  ])
  const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
  const spend: Spend = (await facts.spendByCustomer([customerId], tierWindowStart(settings, now))).get(customerId) ?? {}

  const tier = (tiers.find((t) => t.id === (account as { tier_id?: string | null }).tier_id) ?? null) as TierLike | null
  const next = nextTier(tiers as TierLike[], tier, spend)
  return {
    balance: points.balance,
    pending: points.pending,
    spendable: points.spendable,
    expiring_soon: points.expiring,
    tier: tier ? { handle: tier.handle, name: tier.name, rank: tier.rank } : null,
    next_tier: next ? { handle: next.handle, name: next.name, rank: next.rank, min_spend: next.min_spend ?? {} } : null,
    spend,
    spend_needed: spendNeeded(next, spend),
    referral_code: account.referral_code,
    point_values: settings.point_values as Record<string, number>,
    min_redeem_points: settings.min_redeem_points,
    max_redeem_percent: settings.max_redeem_percent,
  }
}
