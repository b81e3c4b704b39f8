import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { syncCustomerPhoneWorkflow } from "../workflows/crm/workflows/sync-customer-phone"

/** An edited phone is normalised again on the CRM profile, so leads keep finding the customer. */
export default async function customerUpdatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncCustomerPhoneWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.UPDATED,
  context: { subscriberId: "crm-customer-updated-sync-phone" },
}
