import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { redeemCartPoints, undoCartPointsRedemption } from "../loyalty/workflows/redeem-cart-points"

/*
 * The project's only handler of `completeCartWorkflow`'s hooks. Medusa allows
 * one handler per hook across every plugin and the project loaded together (a
 * second one throws "Cannot define multiple hook handlers"), so a domain takes
 * part by adding its call to this handler (customer sets next), never by
 * registering the hook again.
 *
 * `validate` only: Medusa's loyalty plugin (gift cards, store credit) takes
 * `beforePaymentAuthorization` and `orderCreated`, and both plugins can be
 * installed together. `validate` runs under the cart's lock, after Medusa's
 * own checks of the items and the payment session and before the order is
 * created and the payment authorized; when anything after it fails, Medusa
 * runs the compensation below.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    // L3: the points on the cart, checked and debited once under the account's lock
    const loyalty = await redeemCartPoints(container, cart.id)
    return new StepResponse(undefined, { loyalty })
  },
  // the completion failed after the debit (a declined payment, …): the points were not spent
  async (done, { container }) => {
    await undoCartPointsRedemption(container, done?.loyalty)
  }
)
