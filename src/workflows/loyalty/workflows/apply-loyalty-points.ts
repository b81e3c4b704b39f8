import { createWorkflow, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeLoyaltyPointsOnCart } from "../steps/cart-replace-loyalty-credit-line"

export type ApplyLoyaltyPointsInput = { cart_id: string; customer_id: string; points: number }

/**
 * L3: a member spends points on her own cart as a cart credit line worth
 * points × the currency's point value. It replaces any earlier loyalty line
 * (one per cart); the points are only debited when the order is placed.
 */
export const applyLoyaltyPointsWorkflow = createWorkflow(
  "loyalty-apply-cart-points",
  (input: WorkflowData<ApplyLoyaltyPointsInput>) => new WorkflowResponse(changeLoyaltyPointsOnCart(input))
)
