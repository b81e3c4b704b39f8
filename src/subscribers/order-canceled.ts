import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/** L5: a canceled order takes back its points and gives back those it spent; then the member's tier. */
export default async function loyaltyOrderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runLoyaltyOperation(container, "reverse-order-points", { cause: "cancel", order_id: event.data.id }, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "loyalty-order-canceled-reverse-points" },
}
