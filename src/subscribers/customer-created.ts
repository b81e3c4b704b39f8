import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { syncCustomerPhoneWorkflow } from "../workflows/crm/workflows/sync-customer-phone"
import { recordCustomerRegistrationsWorkflow } from "../workflows/customer-facts/workflows/record-customer-registrations"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/**
 * A new customer: her sign-up bonus, her phone as the CRM profile's
 * `phone_e164` (for lead matching), and when she arrived, in her facts.
 */
export default async function customerCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runLoyaltyOperation(container, "award-signup-bonus", { customer_id: event.data.id }, `${event.name}:${event.data.id}`)
  await syncCustomerPhoneWorkflow(container).run({ input: { customer_id: event.data.id } })
  await recordCustomerRegistrationsWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.CREATED,
  context: { subscriberId: "crm-customer-created-sync-phone" },
}
