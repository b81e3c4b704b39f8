import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { type CustomersChangedEvent, SPA_CRM_EVENTS } from "../lib/events"
import { refreshCustomerSetMembershipsWorkflow } from "../workflows/customer-sets/workflows/refresh-customer-set-memberships"

/**
 * S1: when what sets test changed for some customers (an order's facts, her
 * profile or tags, her tier or points), every dynamic set re-evaluates them,
 * so she joins or leaves its customer group without waiting for the job. A
 * failure is caught up by the next scheduled pass.
 */
export default async function customerSetsRefreshHandler({ event, container }: SubscriberArgs<CustomersChangedEvent>) {
  const customer_ids = event.data?.customer_ids ?? []
  if (customer_ids.length) await refreshCustomerSetMembershipsWorkflow(container).run({ input: { customer_ids } })
}

export const config: SubscriberConfig = {
  event: [
    SPA_CRM_EVENTS.CUSTOMER_FACTS_UPDATED,
    SPA_CRM_EVENTS.CRM_CUSTOMERS_CHANGED,
    SPA_CRM_EVENTS.LOYALTY_MEMBERS_REFRESHED,
    SPA_CRM_EVENTS.LOYALTY_POINTS_CHANGED,
  ],
  context: { subscriberId: "customer-sets-refresh-memberships" },
}
