import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { retireDeletedCustomersWorkflow } from "../workflows/crm/workflows/retire-deleted-customers"

/** A customer Medusa deleted leaves the CRM's lists and counts; her loyalty account closes. */
export default async function customerDeletedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await retireDeletedCustomersWorkflow(container).run({ input: { customer_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.DELETED,
  context: { subscriberId: "crm-customer-deleted-retire-records" },
}
