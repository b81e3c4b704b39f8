import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { syncCustomerPhoneWorkflow } from "../workflows/crm/workflows/sync-customer-phone"
import { recordCustomerRegistrationsWorkflow } from "../workflows/customer-facts/workflows/record-customer-registrations"

/**
 * An edited customer: her phone normalised again on the CRM profile (leads
 * keep finding her), and her address read again into her facts (city filters).
 */
export default async function customerUpdatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncCustomerPhoneWorkflow(container).run({ input: { customer_id: event.data.id } })
  await recordCustomerRegistrationsWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.UPDATED,
  context: { subscriberId: "crm-customer-updated-sync-phone" },
}
