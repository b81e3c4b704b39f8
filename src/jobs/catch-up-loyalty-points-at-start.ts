import type { MedusaContainer } from "@medusajs/framework/types"
import { catchUpMissedOrderEvents } from "../workflows/loyalty/utils/catch-up-missed-events"

// this process's start: no event from before it is in flight here any more
const STARTED_AT = new Date()

/**
 * L2, L5: once, seconds after the server starts, the order events from
 * before the start that never reached the ledger (the previous process died
 * with them in memory) are booked, without waiting for the 10-minute sweep.
 */
export default async function catchUpLoyaltyPointsAtStartJob(container: MedusaContainer) {
  await catchUpMissedOrderEvents(container, { until: STARTED_AT })
}

export const config = {
  name: "catch-up-loyalty-points-at-start",
  schedule: { interval: 5_000, numberOfExecutions: 1 },
}
