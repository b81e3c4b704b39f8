import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { runLoyaltyOperation } from "../workflows/loyalty/operations/loyalty-operations"

/** A captured payment changes what the order's customer paid: the order's facts. */
export default async function paymentCapturedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await runLoyaltyOperation(container, "refresh-order-facts", { payment_ids: [event.data.id] }, `${event.name}:${event.data.id}`)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "customer-facts-payment-captured" },
}
