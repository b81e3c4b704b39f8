import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { prepareOrderReversalStep } from "../steps/prepare-order-reversal"
import { resolveReversalOrderStep, type ReversalCause } from "../steps/resolve-reversal-order"
import { orderLockKey } from "../../../modules/loyalty/rules/earning"

export type ReverseOrderPointsInput = ReversalCause

export type ReverseOrderPointsOutput = {
  order_id: string | null
  customer_id: string | null
  /** the entries booked by this run: empty when the event was already handled */
  created: { id: string; reference: string; points: number; metadata: Record<string, unknown> | null }[]
}

/**
 * L5 on `order.canceled`, `payment.refunded` and `order.return_received`: takes
 * back the order's points (all of them, or in proportion to a refund or a
 * return) and, on a cancel, gives back the points it spent. The order is
 * locked from reading its entries to booking, so concurrent events of one
 * order never take the same points twice; each event books once per key.
 */
export const reverseOrderPointsWorkflow = createWorkflow("loyalty-reverse-order-points", (input: ReverseOrderPointsInput) => {
  const { order_id } = resolveReversalOrderStep(input)
  const lockKey = transform({ order_id }, ({ order_id }) => orderLockKey(order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
  const reversal = prepareOrderReversalStep(transform({ order_id, input }, ({ order_id, input }) => ({ order_id, cause: input })))
  const booked = bookPointsEntriesStep(transform({ reversal }, ({ reversal }) => reversal.entries))
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  const result = transform({ reversal, booked }, ({ reversal, booked }): ReverseOrderPointsOutput => ({
    order_id: reversal.order_id,
    customer_id: reversal.customer_id,
    created: booked.created.map((e) => ({ id: e.id, reference: e.reference, points: e.points, metadata: e.metadata ?? null })),
  }))
  return new WorkflowResponse(result)
})
