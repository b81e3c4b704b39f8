import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/** L5: a received return takes back the returned items' points; then the member's tier. */
export default async function loyaltyReturnReceivedHandler({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const { order_id, return_id } = event.data
  await runLoyaltyOperation(container, "reverse-order-points", { cause: "return", order_id, return_id }, `${event.name}:${return_id}`)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.RETURN_RECEIVED,
  context: { subscriberId: "loyalty-return-received-reverse-points" },
}
