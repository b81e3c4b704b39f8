import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/** An order's total changed without points to book (an edit, a claim, an exchange): its facts, then the tier. */
export default async function orderChangedHandler({ event, container }: SubscriberArgs<{ order_id: string }>) {
  const { order_id } = event.data
  await runLoyaltyOperation(container, "refresh-order-facts", { order_ids: [order_id] }, `${event.name}:${order_id}`)
}

export const config: SubscriberConfig = {
  event: [OrderEditWorkflowEvents.CONFIRMED, OrderWorkflowEvents.CLAIM_CREATED, OrderWorkflowEvents.EXCHANGE_CREATED],
  context: { subscriberId: "customer-facts-order-changed" },
}
