import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import { retryLoyaltyFailure } from "../../../../../../workflows/loyalty/operations/loyalty-operations"

/**
 * Runs a failed loyalty booking again now, whatever its attempts so far. The
 * answer is the failure after the attempt: `resolved_at` set when it worked,
 * else its new error and attempt count. A resolved one is not run again.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [failure] = await loyalty.listAwardFailures({ id: req.params.id }, { take: 1 })
  if (!failure) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty failure with id: ${req.params.id} was not found`)
  if (failure.resolved_at) return void res.json({ failure })
  res.json({ failure: await retryLoyaltyFailure(req.scope, failure as Parameters<typeof retryLoyaltyFailure>[1]) })
}
