import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { enqueueOrderAward } from "../workflows/loyalty/operations/award-batcher"

/**
 * L2: the order's points (once, however often the event comes), then the
 * member's tier. Orders placed together are awarded in one batch; the event is
 * handled once its points are booked (or its failure recorded for the retry job).
 */
export default async function loyaltyOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await enqueueOrderAward(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "loyalty-order-placed-award-points" },
}
