import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMemberStanding } from "../../../../../workflows/loyalty/utils/member-standing"

/**
 * L7: the signed-in member's points, tier, next tier with the spend still
 * needed, points expiring in the next 30 days and referral code. Medusa
 * authenticates /store/customers/me*; the customer is always the caller.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ loyalty: await retrieveMemberStanding(req.scope, req.auth_context.actor_id) })
}
