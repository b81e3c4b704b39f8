import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../modules/loyalty"
import type { AdminLoyaltyFailuresParamsType } from "./validators"

/** Loyalty bookings that failed (and whether a retry has resolved them), latest attempt first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { resolved, limit, offset } = req.validatedQuery as AdminLoyaltyFailuresParamsType
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const filters = resolved === undefined ? {} : { resolved_at: resolved ? { $ne: null } : null }
  const [failures, count] = await loyalty.listAndCountAwardFailures(filters, {
    skip: offset,
    take: limit,
    order: { last_attempt_at: "DESC", id: "DESC" },
  })
  res.json({ failures, count, limit, offset })
}
