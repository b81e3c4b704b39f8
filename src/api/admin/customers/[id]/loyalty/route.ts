import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMemberStandingWorkflow } from "../../../../../workflows/loyalty/workflows/retrieve-member-standing"
import { assertCustomerExists } from "./helpers"

/**
 * U1: a customer's loyalty standing for the customer page: points (balance,
 * pending, spendable, expiring in 30 days), tier and next tier with the
 * spend over the tier window and the progress toward it, referral code.
 * Reads only: before her first loyalty event she has no account (account_id null).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // side by side: the standing of an unknown id reads as zero, and is thrown away with the 404
  const [, { result }] = await Promise.all([
    assertCustomerExists(req.scope, req.params.id),
    retrieveMemberStandingWorkflow(req.scope).run({ input: { customer_id: req.params.id } }),
  ])
  const { point_values, min_redeem_points, max_redeem_percent, ...loyalty } = result
  res.json({ loyalty })
}
