import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findMissedOrderEventsWorkflow } from "../workflows/find-missed-order-events"
import { enqueueOrderAward } from "./award-batcher"
import { runLoyaltyOperation } from "./loyalty-operations"

const DAY = 86_400_000

/** How far back the sweep looks: events older than this were caught by earlier sweeps. */
export const CATCH_UP_WINDOW_DAYS = 7

/**
 * Books the order events of [since, until) that left no trace in the ledger
 * (see findMissedOrderEventsStep) through the same paths as the subscribers:
 * placed orders through the award batcher, reversals one by one. Each is
 * idempotent by its business key, so an event that is after all still in
 * flight, or booked meanwhile, books nothing twice; a failure is recorded for
 * the retry job like any other. Returns what it ran.
 */
export async function catchUpMissedOrderEvents(
  container: MedusaContainer,
  { until, since = new Date(until.getTime() - CATCH_UP_WINDOW_DAYS * DAY) }: { until: Date; since?: Date }
) {
  const { result: missed } = await findMissedOrderEventsWorkflow(container).run({ input: { since, until } })
  await Promise.all(missed.placed.map((orderId) => enqueueOrderAward(container, orderId)))
  for (const cause of missed.reversals) {
    const key = cause.cause === "refund" ? cause.payment_id : cause.cause === "return" ? cause.return_id : cause.order_id
    await runLoyaltyOperation(container, "reverse-order-points", cause, `catch-up:${cause.cause}:${key}`)
  }
  if (missed.placed.length || missed.reversals.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Loyalty: caught up ${missed.placed.length} placed orders and ${missed.reversals.length} reversals that had no ledger entries`)
  }
  return missed
}
