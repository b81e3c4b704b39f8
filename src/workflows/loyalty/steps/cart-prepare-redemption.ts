import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { loadCartRedemption } from "../cart-redemption"
import { assertRedeemable, redeemReference } from "../../../modules/loyalty/rules/redemption"
import { pointsRefusal } from "../../../types/points-refusals"
import { POINTS_REASONS } from "../../../types/loyalty"

/**
 * L3: when the cart completes, the points on it must still be the customer's
 * own, within her spendable balance, at least the minimum, within the cart's
 * share limit, and worth no more than the line's amount says. Plans the debit
 * (`redeem:cart:<id>`); nothing when no points are applied or when the cart's
 * redemption is booked already (a retried completion of a placed order).
 * Writes nothing: the ledger re-checks the balance under the account's lock.
 */
export const prepareCartRedemptionStep = createStep(
  "loyalty-prepare-cart-redemption",
  async (input: { cart_id: string }, { container }) => {
    const none: BookEntryInput[] = []
    const redemption = await loadCartRedemption(container, input.cart_id, { withPointsOnly: true })
    const line = redemption?.line
    if (!redemption || !line) return new StepResponse(none)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [booked] = await loyalty.listPointsEntries({ reference: redeemReference(input.cart_id) }, { select: ["id"], take: 1 })
    if (booked) return new StepResponse(none)

    if (redemption.line_ids.length > 1 || redemption.account?.id !== line.account_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, pointsRefusal("not_hers"))
    }
    const amount = assertRedeemable(redemption, line.points)
    if (line.amount > amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: ${line.points} points are now worth ${amount} ${redemption.cart.currency_code.toUpperCase()}, not ${line.amount}; apply them again`
      )
    }
    const debit: BookEntryInput = {
      account_id: line.account_id,
      kind: "redeem",
      points: -line.points,
      reference: redeemReference(input.cart_id),
      reason: POINTS_REASONS.spent_at_checkout,
      metadata: { cart_id: input.cart_id, amount: line.amount, currency_code: redemption.cart.currency_code },
    }
    return new StepResponse([debit])
  }
)
