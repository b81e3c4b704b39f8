import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { orderIdOfCart } from "../cart-redemption"
import { redeemReference } from "../../../modules/loyalty/rules/redemption"

/**
 * L3: the cart's points are debited when its completion starts, before Medusa
 * places the order. A debit found on a cart that still has no order was booked
 * by a completion that stopped in between (the server was killed): the points
 * on the cart may have changed since, so it is released and the completion
 * checks and books them again. A cart with its order (a retried completion,
 * which returns that order) keeps its redemption.
 *
 * No compensation on purpose: bringing the debit back would spend points on a
 * cart that has no order; a completion that fails later books none.
 */
export const releaseUnfinishedCartRedemptionStep = createStep(
  "loyalty-release-unfinished-cart-redemption",
  async (input: { cart_id: string }, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const entries = await loyalty.listPointsEntries({ reference: redeemReference(input.cart_id) }, { select: ["id"] })
    if (!entries.length || (await orderIdOfCart(container, input.cart_id))) return new StepResponse([] as string[])
    const ids = entries.map((entry) => entry.id)
    await loyalty.deletePointsEntries(ids)
    return new StepResponse(ids)
  }
)
