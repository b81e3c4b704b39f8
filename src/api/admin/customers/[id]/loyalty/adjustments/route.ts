import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import { adjustPointsWorkflow } from "../../../../../../workflows/loyalty/workflows/adjust-points"
import { answeringConflicts } from "../../../../../utils/conflict"
import type { AdminAdjustLoyaltyPointsType } from "../validators"

/**
 * U1: an admin adds or takes points, with a note for the staff and,
 * optionally, the words the member reads. A debit beyond the spendable
 * balance is a 400 naming `points`; the same idempotency_key books once and
 * answers with the same entry, or a 409 naming it for another adjustment.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustLoyaltyPointsType>, res: MedusaResponse) => {
  const run = await answeringConflicts(res, () =>
    adjustPointsWorkflow(req.scope).run({
      input: { customer_id: req.params.id, ...req.validatedBody, created_by: req.auth_context?.actor_id ?? null },
    })
  )
  if (!run) return
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [summary] = await loyalty.summarisePoints([run.result.account_id])
  const { account_id, ...points } = summary
  res.json({ entry: run.result.entry, ...points })
}
