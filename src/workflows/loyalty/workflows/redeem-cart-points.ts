import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { prepareCartRedemptionStep } from "../steps/cart-prepare-redemption"
import { releaseUnfinishedCartRedemptionStep } from "../steps/cart-release-unfinished-redemption"

/**
 * L3: the points on a cart are spent, once, as its completion starts: checked
 * again, then `redeem:cart:<id>` is booked under the account's row lock, so
 * concurrent checkouts of one balance can't overdraw (the loser's completion
 * stops before Medusa creates its order). Returns the ids of the entries this
 * run booked (none when no points are applied, or on a retried completion of a
 * placed order).
 */
export const redeemCartPointsWorkflow = createWorkflow("loyalty-redeem-cart-points", (input: { cart_id: string }) => {
  releaseUnfinishedCartRedemptionStep(input)
  const debit = prepareCartRedemptionStep(input)
  const booked = bookPointsEntriesStep(debit)
  return new WorkflowResponse(transform({ booked }, ({ booked }) => booked.created.map((entry) => entry.id)))
})

/**
 * For `completeCartWorkflow.hooks.validate` (workflows/hooks/complete-cart.ts):
 * debits the cart's points; what it returns is what `undoCartPointsRedemption`
 * takes back when the completion fails after it (a declined payment, the gift
 * card's debit of another plugin, …): the points were never spent.
 */
export async function redeemCartPoints(container: MedusaContainer, cartId: string) {
  const { result } = await redeemCartPointsWorkflow(container).run({ input: { cart_id: cartId } })
  return result
}

export async function undoCartPointsRedemption(container: MedusaContainer, entryIds: string[] | undefined) {
  if (!entryIds?.length) return
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  await loyalty.deletePointsEntries(entryIds)
}
