import type { MedusaContainer } from "@medusajs/framework/types"
import { catchUpMissedOrderEvents } from "../workflows/loyalty/operations/catch-up-missed-events"

// events normally book within seconds; younger ones may still be in flight
const GRACE_MS = 5 * 60_000

/**
 * L2, L5: every 10 minutes, the order events of the last days that never
 * reached the ledger (a server killed while they were in memory) are booked,
 * through the same idempotent operations as the subscribers.
 */
export default async function catchUpLoyaltyPointsJob(container: MedusaContainer) {
  await catchUpMissedOrderEvents(container, { until: new Date(Date.now() - GRACE_MS) })
}

export const config = { name: "catch-up-loyalty-points", schedule: "*/10 * * * *" }
