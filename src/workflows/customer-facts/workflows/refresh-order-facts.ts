import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { type ReadOrderFactsInput, readOrderFactsStep } from "../steps/read-order-facts"
import { recordOrderFactsStep } from "../steps/record-order-facts"

export type RefreshOrderFactsInput = ReadOrderFactsInput

/**
 * After any order event (placed, canceled, paid, refunded, returned, edited,
 * claimed, exchanged): the orders' facts rewritten from their current state,
 * and their customers' figures. A replay writes the same rows again.
 * Returns the customers whose figures were recomputed, and tells them in
 * `customer_facts.updated` (customer sets re-evaluate them).
 */
export const refreshOrderFactsWorkflow = createWorkflow("customer-facts-refresh-orders", (input: RefreshOrderFactsInput) => {
  const facts = readOrderFactsStep(input)
  const recorded = recordOrderFactsStep(facts)
  emitEventStep({ eventName: SPA_CRM_EVENTS.CUSTOMER_FACTS_UPDATED, data: transform(recorded, ({ customer_ids }) => ({ customer_ids })) })
  return new WorkflowResponse(recorded)
})
