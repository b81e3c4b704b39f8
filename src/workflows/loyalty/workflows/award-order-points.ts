import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { acquireOrderLocksStep } from "../steps/acquire-order-locks"
import { type OrderAward, prepareOrderAwardsStep } from "../steps/prepare-order-award"
import { orderLockKey } from "../../../modules/loyalty/rules/earning"

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
  const awards = prepareOrderAwardsStep(transform({ input }, ({ input }) => ({ order_ids: [input.order_id] })))
  const award = transform({ awards }, ({ awards }) => awards[0])
  const booked = bookPointsEntriesStep(transform({ award }, ({ award }) => award.entries))
  releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })
  const result = transform({ award, booked }, ({ award, booked }): AwardOrderPointsOutput => awardOutput(award, booked.created))
  return new WorkflowResponse(result)
})

type Booked = { id: string; reference: string; points: number }

// an order's part of what a booking created: its earn entry and the referral bonuses it brought
const awardOutput = (award: OrderAward, created: Booked[]): AwardOrderPointsOutput => {
  const references = new Set(award.entries.map((e) => e.reference))
  return {
    order_id: award.order_id,
    customer_id: award.customer_id,
    points: award.points,
    created: created.filter((e) => references.has(e.reference)).map((e) => ({ id: e.id, reference: e.reference, points: e.points })),
  }
}

export type AwardOrdersPointsInput = { order_ids: string[] }

/**
 * L2 for many orders at once (the batched `order.placed` path, see
 * utils/award-batcher.ts): the same award as `awardOrderPointsWorkflow`, with
 * one order read, one account upsert and ONE booking for all of them. The
 * orders' locks are all held from reading to booking, as each single award
 * holds its own, so no reversal of these orders interleaves. The booking locks
 * the accounts in sorted order and skips every reference already booked.
 * Tiers are not refreshed here: refresh the customers afterwards.
 */
export const awardOrdersPointsWorkflow = createWorkflow("loyalty-award-orders-points", (input: AwardOrdersPointsInput) => {
  const locks = acquireOrderLocksStep({ order_ids: input.order_ids })
  const awards = prepareOrderAwardsStep({ order_ids: input.order_ids })
  const booked = bookPointsEntriesStep(transform({ awards }, ({ awards }) => awards.flatMap((a) => a.entries)))
  releaseLockStep(transform({ locks }, ({ locks }) => ({ key: locks.keys, ownerId: locks.owner_id })))
  const result = transform({ awards, booked }, ({ awards, booked }) => awards.map((award) => awardOutput(award, booked.created)))
  return new WorkflowResponse(result)
})

/**
 * Awards many orders (the demo seed's history) through the batch workflow the
 * `order.placed` subscriber uses, `batchSize` orders a run. Tiers are not
 * refreshed here: run the tier refresh once afterwards.
 */
export async function awardOrdersPoints(container: MedusaContainer, orderIds: string[], { batchSize = 100 } = {}) {
  let points = 0
  let entries = 0
  for (let i = 0; i < orderIds.length; i += batchSize) {
    const { result } = await awardOrdersPointsWorkflow(container).run({
      input: { order_ids: orderIds.slice(i, i + batchSize) },
    })
    for (const award of result) {
      points += award.created.reduce((sum, e) => sum + e.points, 0)
      entries += award.created.length
    }
  }
  return { orders: orderIds.length, entries, points }
}
