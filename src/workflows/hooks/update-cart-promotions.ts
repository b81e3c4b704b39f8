import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { refitLoyaltyPoints, undoLoyaltyPointsRefit } from "../loyalty/workflows/refit-loyalty-points"

/*
 * The project's only handler of `updateCartPromotionsWorkflow`'s hooks (one
 * handler per hook across every plugin and the project: a domain takes part by
 * adding its call here, never by registering the hook again).
 *
 * `setPromotionContext` runs on every cart refresh (items added, changed or
 * removed, region, customer, shipping, a gift card of Medusa's loyalty plugin)
 * and when a promotion code is added or removed, under the cart's lock and
 * before the payment collection is refreshed from the cart's total. Medusa's
 * loyalty plugin leaves it free (it refits its gift cards on
 * `refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection`).
 */
updateCartPromotionsWorkflow.hooks.setPromotionContext(
  async ({ cart }, { container }) => {
    // L3: the loyalty line fitted to the cart as it is now (fewer points, or none)
    const loyalty = await refitLoyaltyPoints(container, cart.id)
    // what is returned is merged into the context promotion rules are matched against: nothing to add
    return new StepResponse({}, { loyalty })
  },
  // the cart's update failed later: its lines go back as they were
  async (done, { container }) => {
    await undoLoyaltyPointsRefit(container, done?.loyalty)
  }
)
