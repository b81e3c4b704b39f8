import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/** L5: a refund takes back the order's points in proportion to its amount; then the member's tier. */
export default async function loyaltyPaymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runLoyaltyOperation(container, "reverse-order-points", { cause: "refund", payment_id: event.data.id }, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "loyalty-payment-refunded-reverse-points" },
}
