import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { prepareOrderAwardStep } from "../steps/prepare-order-award"
import { orderLockKey } from "../utils/order-points"

export type AwardOrderPointsInput = { order_id: string }

export type AwardOrderPointsOutput = {
  order_id: string
  /** null when the order earns nothing by nature (guest, canceled, draft) */
  customer_id: string | null
  /** the order's own points */
  points: number
  /** the entries booked by this run: empty when the order was already awarded */
  created: { id: string; reference: string; points: number }[]
}

export const awardOrderPointsWorkflowId = "loyalty-award-order-points"

/**
 * L2 on `order.placed`: the order's points and, on the member's first order,
 * the referral bonuses, booked once per business key however often it runs.
 * Canceled orders earn nothing.
 */
export const awardOrderPointsWorkflow = createWorkflow(awardOrderPointsWorkflowId, (input: AwardOrderPointsInput) => {
  // the order's lock, shared with reversals: an award that read the order before
  // it was canceled books before the cancel's reversal reads the ledger
  const lockKey = transform({ input }, ({ input }) => orderLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, executeOnSubWorkflow: true })
  const award = prepareOrderAwardStep(input)
  const booked = bookPointsEntriesStep(transform({ award }, ({ award }) => award.entries))
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  const result = transform({ award, booked }, ({ award, booked }): AwardOrderPointsOutput => ({
    order_id: award.order_id,
    customer_id: award.customer_id,
    points: award.points,
    created: booked.created.map((e) => ({ id: e.id, reference: e.reference, points: e.points })),
  }))
  return new WorkflowResponse(result)
})

/**
 * Awards many orders through the same workflow as `order.placed` (the demo
 * seed's history), a few at a time; accounts lock one by one, so orders of
 * one member never race. Tiers are not refreshed here: run the tier refresh
 * once afterwards. Throws the first failure after the others have run.
 */
export async function awardOrdersPoints(container: MedusaContainer, orderIds: string[], { concurrency = 8 } = {}) {
  let next = 0
  let points = 0
  let entries = 0
  const errors: unknown[] = []
  const worker = async () => {
    while (next < orderIds.length) {
      const order_id = orderIds[next++]
      try {
        const { result } = await awardOrderPointsWorkflow(container).run({ input: { order_id } })
        points += result.created.reduce((sum, e) => sum + e.points, 0)
        entries += result.created.length
      } catch (error) {
        errors.push(error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, orderIds.length)) }, worker))
  if (errors.length) throw errors[0]
  return { orders: orderIds.length, entries, points }
}
