import type { CreateCartCreditLineDTO } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCartRedemption } from "../cart-redemption"
import { assertRedeemable, LOYALTY_CREDIT_REFERENCE } from "../../../modules/loyalty/rules/redemption"

/** What to do to a cart's credit lines: the loyalty lines to remove and the one to add. */
export type LoyaltyCreditLinePlan = { delete_ids: string[]; create: CreateCartCreditLineDTO[] }

export type PrepareLoyaltyCreditLineInput = {
  cart_id: string
  /** the signed-in customer: only her own cart */
  customer_id: string
  /** points to apply; absent to remove them */
  points?: number
}

/**
 * L3: checks that the cart is the shopper's own and open, and (when applying)
 * that the points fit her balance, the minimum and the cart's share limit.
 * Plans the replacement of any earlier loyalty line; writes nothing, so a
 * rejected request changes nothing.
 */
export const prepareLoyaltyCreditLineStep = createStep(
  "loyalty-prepare-cart-credit-line",
  async (input: PrepareLoyaltyCreditLineInput, { container }) => {
    const redemption = await loadCartRedemption(container, input.cart_id)
    // another customer's cart answers like a missing one: its existence is not hers to learn
    if (!redemption || (redemption.cart.customer_id && redemption.cart.customer_id !== input.customer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
    }
    if (!redemption.cart.customer_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "cart: points can only be used on a signed-in customer's cart; transfer it first (POST /store/carts/:id/customer)"
      )
    }
    if (redemption.cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `cart: cart ${input.cart_id} is already completed`)
    }

    const plan: LoyaltyCreditLinePlan = { delete_ids: redemption.line_ids, create: [] }
    if (input.points !== undefined) {
      const amount = assertRedeemable(redemption, input.points)
      plan.create.push({
        cart_id: input.cart_id,
        amount,
        reference: LOYALTY_CREDIT_REFERENCE,
        reference_id: redemption.account!.id,
        metadata: { points: input.points },
      })
    }
    return new StepResponse(plan)
  }
)
