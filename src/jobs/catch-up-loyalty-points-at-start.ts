import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../modules/customer-facts"
import { rebuildCustomerFacts } from "../workflows/customer-facts/rebuild-customer-facts"
import { catchUpMissedOrderEvents } from "../workflows/loyalty/operations/catch-up-missed-events"

// this process's start: no event from before it is in flight here any more
const STARTED_AT = new Date()

/**
 * L2, L5: once, seconds after the server starts: a store that installed the
 * plugin with orders already placed gets its customer facts built from them,
 * then the order events from before the start that never reached the ledger
 * (the previous process died with them in memory) are booked, without
 * waiting for the 10-minute sweep.
 */
export default async function catchUpLoyaltyPointsAtStartJob(container: MedusaContainer) {
  const facts: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
  if (!(await facts.hasOrderFacts())) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const counts = await rebuildCustomerFacts(container)
    if (counts.orders) logger.info(`Customer facts built from ${counts.orders} existing orders and ${counts.customers} customers`)
  }
  await catchUpMissedOrderEvents(container, { until: STARTED_AT })
}

export const config = {
  name: "catch-up-loyalty-points-at-start",
  schedule: { interval: 5_000, numberOfExecutions: 1 },
}
