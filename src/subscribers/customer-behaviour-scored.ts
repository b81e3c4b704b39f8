import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SPA_CRM_EVENTS } from "../lib/events"
import { evaluateDynamicSetsWorkflow } from "../workflows/customer-sets/workflows/evaluate-dynamic-sets"

/** S1 + S5: once behaviour classes are scored again, the dynamic sets that test them follow. */
export default async function customerBehaviourScoredHandler({ container }: SubscriberArgs<Record<string, never>>) {
  await evaluateDynamicSetsWorkflow(container).run({ input: { scope: "behaviour" } })
}

export const config: SubscriberConfig = {
  event: SPA_CRM_EVENTS.CUSTOMER_BEHAVIOUR_SCORED,
  context: { subscriberId: "customer-sets-after-behaviour-scoring" },
}
