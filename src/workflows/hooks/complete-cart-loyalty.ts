import { MedusaError } from "@medusajs/framework/utils"
import { type CompensateFn, type InvokeFn, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../modules/loyalty"
import { assertRedeemable, loadCartRedemption, redeemReference } from "../loyalty/utils/redeem-points"

type HookRegistration<Input> = <C>(invoke: InvokeFn<Input, unknown, C>, compensate?: CompensateFn<C>) => void

// Medusa marks these two hooks @ignore, so they are missing from the workflow's type
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & {
  beforePaymentAuthorization: HookRegistration<{ input: { id: string } }>
  orderCreated: HookRegistration<{ order_id: string; cart_id: string }>
}

/** A cart whose points are already debited (a retried completion): nothing more to check or book. */
async function alreadyRedeemed(loyalty: LoyaltyModuleService, cartId: string) {
  const [entry] = await loyalty.listPointsEntries({ reference: redeemReference(cartId) }, { take: 1 })
  return entry ?? null
}

/**
 * L3: before the order is created, the points on the cart must still be the
 * customer's own, within her spendable balance, at least the minimum, within
 * the cart's share limit, and worth no more than the line's amount says.
 */
hooks.validate(async ({ cart }, { container }) => {
  const redemption = await loadCartRedemption(container, cart.id, { withPointsOnly: true })
  const line = redemption?.line
  if (!redemption || !line) return
  if (await alreadyRedeemed(container.resolve(LOYALTY_MODULE), cart.id)) return
  if (redemption.line_ids.length > 1 || redemption.account?.id !== line.account_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "points: the points on this cart are not its customer's; apply them again")
  }
  const amount = assertRedeemable(redemption, line.points)
  if (line.amount > amount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `points: ${line.points} points are now worth ${amount} ${redemption.cart.currency_code.toUpperCase()}, not ${line.amount}; apply them again`
    )
  }
})

/**
 * L3: the debit, once, in the completion itself: `redeem:cart:<id>` is booked
 * under the account's row lock (so concurrent checkouts can't overdraw; the
 * loser's completion fails and undoes its order). If anything after this fails
 * (payment authorization), the compensation deletes the entry: the points were
 * never spent. A retried completion finds the entry booked and books nothing.
 */
hooks.beforePaymentAuthorization(
  async ({ input }, { container }) => {
    const redemption = await loadCartRedemption(container, input.id, { withPointsOnly: true })
    const line = redemption?.line
    if (!redemption || !line) return new StepResponse(undefined, [] as string[])
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { created } = await loyalty.bookEntries([
      {
        account_id: line.account_id,
        kind: "redeem",
        points: -line.points,
        reference: redeemReference(input.id),
        reason: "Spent at checkout",
        metadata: { cart_id: input.id, amount: line.amount, currency_code: redemption.cart.currency_code },
      },
    ])
    const ids = created.map((entry) => entry.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.deletePointsEntries(ids)
  }
)

/**
 * The order id is known only now: it is written once onto the redemption entry
 * (its only change after booking), so the order's loyalty history finds it.
 */
hooks.orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const entry = await alreadyRedeemed(loyalty, cart_id)
    if (!entry || entry.order_id) return new StepResponse(undefined, null)
    await loyalty.updatePointsEntries({ id: entry.id, order_id })
    return new StepResponse(undefined, entry.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.updatePointsEntries({ id: entryId, order_id: null })
  }
)
