import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCartRedemption } from "../cart-redemption"
import { fitRedemption, LOYALTY_CREDIT_REFERENCE } from "../../../modules/loyalty/rules/redemption"
import type { LoyaltyCreditLinePlan } from "./cart-prepare-loyalty-credit-line"

/**
 * L3: after the cart changed, plans the loyalty line that still fits: fewer
 * points when the balance or the cart's share limit shrank, none when less
 * than the minimum fits or the cart no longer belongs to the line's member.
 * An unchanged line plans nothing.
 */
export const fitLoyaltyCreditLineStep = createStep(
  "loyalty-fit-cart-credit-line",
  async (input: { cart_id: string }, { container }) => {
    const plan: LoyaltyCreditLinePlan = { delete_ids: [], create: [] }
    const redemption = await loadCartRedemption(container, input.cart_id, { withPointsOnly: true })
    const line = redemption?.line
    if (!redemption || !line || redemption.cart.completed_at) return new StepResponse(plan)

    const own = redemption.account?.id === line.account_id
    const fit = own ? fitRedemption(redemption, line) : null
    const unchanged = fit && redemption.line_ids.length === 1 && fit.points === line.points && fit.amount === line.amount
    if (unchanged) return new StepResponse(plan)

    plan.delete_ids = redemption.line_ids
    if (fit) {
      plan.create.push({
        cart_id: input.cart_id,
        amount: fit.amount,
        reference: LOYALTY_CREDIT_REFERENCE,
        reference_id: line.account_id,
        metadata: { points: fit.points },
      })
    }
    return new StepResponse(plan)
  }
)
