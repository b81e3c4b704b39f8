import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  type LoyaltyCreditLinePlan,
  type PrepareLoyaltyCreditLineInput,
  prepareLoyaltyCreditLineStep,
} from "./cart-prepare-loyalty-credit-line"

/**
 * Carries out a plan inside a workflow with Medusa's own credit-line workflows
 * (each undoes itself if a later step fails). Returns the ids removed and added.
 */
export function replaceLoyaltyCreditLine(plan: WorkflowData<LoyaltyCreditLinePlan>) {
  when("loyalty-has-credit-lines-to-remove", { plan }, ({ plan }) => plan.delete_ids.length > 0).then(() => {
    deleteCartCreditLinesWorkflow.runAsStep({ input: { id: plan.delete_ids } })
  })
  const created = when("loyalty-has-credit-line-to-add", { plan }, ({ plan }) => plan.create.length > 0).then(() =>
    createCartCreditLinesWorkflow.runAsStep({ input: plan.create })
  )
  return transform({ plan, created }, ({ plan, created }) => ({
    deleted_ids: plan.delete_ids,
    created_ids: (created ?? []).map((line) => line.id),
  }))
}

/**
 * A shopper's change of the points on her cart: under the cart's lock (the key
 * Medusa's cart workflows use, so no item change runs in between), checked,
 * carried out, then the payment collection follows the new total.
 */
export function changeLoyaltyPointsOnCart(input: WorkflowData<PrepareLoyaltyCreditLineInput>) {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
  const plan = prepareLoyaltyCreditLineStep(input)
  const change = replaceLoyaltyCreditLine(plan)
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  releaseLockStep({ key: input.cart_id })
  return change
}
