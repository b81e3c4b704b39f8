import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../modules/loyalty"
import { retrieveMemberStanding } from "../../../../../workflows/loyalty/utils/member-standing"
import { assertCustomerExists, tierProgress } from "./helpers"

/**
 * U1: a customer's loyalty standing for the customer page: points (balance,
 * pending, spendable, expiring in 30 days), tier and next tier with the
 * spend over the tier window and the progress toward it, referral code.
 * Opens her account on first look, as any loyalty event would.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.params.id
  await assertCustomerExists(req.scope, customerId)
  const standing = await retrieveMemberStanding(req.scope, customerId)
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [[account], tiers] = await Promise.all([
    loyalty.listLoyaltyAccounts({ customer_id: customerId }, { select: ["id", "referred_by_account_id", "tier_assigned_at"], take: 1 }),
    loyalty.listLoyaltyTiers({}, { select: ["id", "handle"], take: null }),
  ])
  const tierId = (handle: string) => tiers.find((t) => t.handle === handle)!.id
  const { tier, next_tier } = standing

  res.json({
    loyalty: {
      account_id: account.id,
      referral_code: standing.referral_code,
      referred_by_account_id: account.referred_by_account_id ?? null,
      balance: standing.balance,
      pending: standing.pending,
      spendable: standing.spendable,
      expiring_soon: standing.expiring_soon,
      tier: tier ? { id: tierId(tier.handle), ...tier } : null,
      tier_assigned_at: account.tier_assigned_at ?? null,
      next_tier: next_tier ? { id: tierId(next_tier.handle), ...next_tier } : null,
      spend: standing.spend,
      spend_needed: standing.spend_needed,
      progress: tierProgress(next_tier, standing.spend),
    },
  })
}
