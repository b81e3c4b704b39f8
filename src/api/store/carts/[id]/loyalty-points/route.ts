import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { applyLoyaltyPointsWorkflow } from "../../../../../workflows/loyalty/workflows/apply-loyalty-points"
import { removeLoyaltyPointsWorkflow } from "../../../../../workflows/loyalty/workflows/remove-loyalty-points"
import type { StoreApplyLoyaltyPointsType } from "./validators"

/**
 * L3: the signed-in member spends points on her own cart. The discount is a
 * cart credit line (reference "loyalty-points"), part of the cart's totals;
 * applying again replaces it. The points are debited when the order is placed.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyLoyaltyPointsType>, res: MedusaResponse) => {
  await applyLoyaltyPointsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, points: req.validatedBody.points },
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}

/** L3: takes the points off her cart again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeLoyaltyPointsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}
