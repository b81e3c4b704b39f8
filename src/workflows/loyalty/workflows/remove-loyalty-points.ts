import { createWorkflow, type WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeLoyaltyPointsOnCart } from "../steps/cart-replace-loyalty-credit-line"

export type RemoveLoyaltyPointsInput = { cart_id: string; customer_id: string }

/** L3: takes the points off the member's own cart (nothing to do when none are applied). */
export const removeLoyaltyPointsWorkflow = createWorkflow(
  "loyalty-remove-cart-points",
  (input: WorkflowData<RemoveLoyaltyPointsInput>) => new WorkflowResponse(changeLoyaltyPointsOnCart(input))
)
