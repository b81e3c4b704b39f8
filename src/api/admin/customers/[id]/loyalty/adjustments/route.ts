import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty/workflows/adjust-points"
import type { AdminAdjustLoyaltyPointsType } from "../validators"

/**
 * U1: an admin adds or takes points with a reason. A debit beyond the
 * spendable balance is a 400 naming `points`; the same idempotency_key books
 * once and answers with the same entry.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustLoyaltyPointsType>, res: MedusaResponse) => {
  const { result } = await adjustPointsWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody, created_by: req.auth_context?.actor_id ?? null },
  })
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [summary] = await loyalty.summarisePoints([result.account_id])
  const { account_id, ...points } = summary
  res.json({ entry: result.entry, ...points })
}
