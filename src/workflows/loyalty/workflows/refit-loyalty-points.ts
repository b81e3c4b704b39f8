import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { fitLoyaltyCreditLineStep } from "../steps/cart-fit-loyalty-credit-line"
import { replaceLoyaltyCreditLine } from "../steps/cart-replace-loyalty-credit-line"

/**
 * L3: re-checks a cart's loyalty line after the cart changed and shrinks or
 * removes it when it no longer fits. Runs inside Medusa's cart refresh (which
 * holds the cart lock and refreshes the payment collection right after).
 */
export const refitLoyaltyPointsWorkflow = createWorkflow(
  "loyalty-refit-cart-points",
  (input: { cart_id: string }) => {
    const plan = fitLoyaltyCreditLineStep(input)
    return new WorkflowResponse(replaceLoyaltyCreditLine(plan))
  }
)
