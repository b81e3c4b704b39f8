import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshOrderFactsWorkflow } from "../../customer-facts/workflows/refresh-order-facts"
import { awardOrdersPointsWorkflow } from "../workflows/award-order-points"
import { refreshCustomerTiersWorkflow } from "../workflows/refresh-customer-tiers"
import { runLoyaltyOperation } from "./loyalty-operations"

/** how long an order waits for others to join its batch, and the most a batch takes */
export const AWARD_BATCH_WAIT_MS = 25
export const AWARD_BATCH_MAX = 100

type Waiter = { order_id: string; resolve: () => void; reject: (error: unknown) => void }
// unfinished: the awards handed over and not yet booked (or recorded as failed), waiting or in a running batch
type Batcher = { waiting: Waiter[]; timer: NodeJS.Timeout | null; max: number; unfinished: Set<Promise<void>> }

// one batcher per Medusa container (the app's, or a test runner's)
const batchers = new WeakMap<MedusaContainer, Batcher>()

const batcherOf = (container: MedusaContainer) => {
  let batcher = batchers.get(container)
  if (!batcher) batchers.set(container, (batcher = { waiting: [], timer: null, max: AWARD_BATCH_MAX, unfinished: new Set() }))
  return batcher
}

/**
 * The most orders one batch takes in this container. 1 switches batching off:
 * each order runs the single-order operation as soon as its event arrives, the
 * path the benchmark measures batching against.
 */
export function setAwardBatchSize(container: MedusaContainer, max: number) {
  batcherOf(container).max = Math.max(1, Math.floor(max))
}

/**
 * Awards an order's points (L2) together with the orders placed around the
 * same moment: their ids are collected for up to AWARD_BATCH_WAIT_MS or
 * AWARD_BATCH_MAX ids, their customer facts rewritten and their points
 * awarded by one run each of the batched workflows, then the members' tiers
 * are refreshed once. Resolves when the order's points are
 * booked. If the batch fails, each of its orders runs through the single-order
 * operation instead, which records its own failure: one bad order never blocks
 * or loses the others. Rejects only when even the failure can't be recorded.
 */
export function enqueueOrderAward(container: MedusaContainer, order_id: string): Promise<void> {
  const queued = batcherOf(container)
  const award = new Promise<void>((resolve, reject) => {
    queued.waiting.push({ order_id, resolve, reject })
    if (queued.waiting.length >= queued.max) flush(container, queued)
    else if (!queued.timer) queued.timer = setTimeout(() => flush(container, queued), AWARD_BATCH_WAIT_MS)
  })
  queued.unfinished.add(award)
  const settled = () => queued.unfinished.delete(award)
  award.then(settled, settled)
  return award
}

/**
 * The awards handed to the batcher (by a subscriber or by the catch-up) and
 * not yet booked or recorded as failed, including orders still waiting on the
 * batch timer: what a test or a shutdown awaits before the database may
 * change under them.
 */
export function unfinishedAwards(container: MedusaContainer): Promise<void>[] {
  return [...(batchers.get(container)?.unfinished ?? [])]
}

function flush(container: MedusaContainer, batcher: Batcher) {
  if (batcher.timer) clearTimeout(batcher.timer)
  batcher.timer = null
  const batch = batcher.waiting.splice(0, batcher.max)
  if (batcher.waiting.length) batcher.timer = setTimeout(() => flush(container, batcher), 0)
  if (batch.length) void awardBatch(container, batch)
}

async function awardBatch(container: MedusaContainer, batch: Waiter[]) {
  const orderIds = [...new Set(batch.map((w) => w.order_id))]
  // a lone order gains nothing from the batch: the single-order operation, as a retry runs it
  if (orderIds.length === 1) return awardEach(container, batch)
  try {
    // the orders' facts and their points side by side: the tier refresh below reads the facts
    const [, { result }] = await Promise.all([
      refreshOrderFactsWorkflow(container).run({ input: { order_ids: orderIds } }),
      awardOrdersPointsWorkflow(container).run({ input: { order_ids: orderIds } }),
    ])
    const customerIds = [...new Set(result.flatMap((r) => (r.customer_id ? [r.customer_id] : [])))]
    if (customerIds.length) {
      await refreshCustomerTiersWorkflow(container).run({ input: { customer_ids: customerIds, reason: "order_placed" } })
    }
  } catch {
    // one by one, each recording its own failure: a failed booking was undone, and what stayed booked is skipped by its key
    return awardEach(container, batch)
  }
  batch.forEach((w) => w.resolve())
}

async function awardEach(container: MedusaContainer, batch: Waiter[]) {
  const done = new Map<string, Promise<void>>()
  for (const { order_id } of batch) {
    if (!done.has(order_id)) {
      const run = runLoyaltyOperation(container, "award-order-points", { order_id }, `order.placed:${order_id}`)
      done.set(order_id, run)
      await run.catch(() => undefined)
    }
  }
  await Promise.all(batch.map((w) => done.get(w.order_id)!.then(w.resolve, w.reject)))
}
