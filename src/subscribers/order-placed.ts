import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/utils/loyalty-operations"

/** L2: the order's points (once, however often the event comes), then the member's tier. */
export default async function loyaltyOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runLoyaltyOperation(container, "award-order-points", { order_id: event.data.id }, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "loyalty-order-placed-award-points" },
}
