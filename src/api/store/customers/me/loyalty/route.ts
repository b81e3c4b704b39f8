import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMemberStandingWorkflow } from "../../../../../workflows/loyalty/workflows/retrieve-member-standing"

/**
 * L7: the signed-in member's points, tier, next tier with the spend still
 * needed, points expiring in the next 30 days and referral code. Medusa
 * authenticates /store/customers/me*; the customer is always the caller.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await retrieveMemberStandingWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  const { account_id, referred_by_account_id, tier_assigned_at, progress, ...standing } = result
  const { id: _tier, ...tier } = standing.tier ?? { id: null }
  const { id: _next, ...next_tier } = standing.next_tier ?? { id: null }
  res.json({ loyalty: { ...standing, tier: standing.tier ? tier : null, next_tier: standing.next_tier ? next_tier : null } })
}
