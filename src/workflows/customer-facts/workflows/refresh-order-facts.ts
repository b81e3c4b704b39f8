import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ReadOrderFactsInput, readOrderFactsStep } from "../steps/read-order-facts"
import { recordOrderFactsStep } from "../steps/record-order-facts"

export type RefreshOrderFactsInput = ReadOrderFactsInput

/**
 * After any order event (placed, canceled, paid, refunded, returned, edited,
 * claimed, exchanged): the orders' facts rewritten from their current state,
 * and their customers' figures. A replay writes the same rows again.
 * Returns the customers whose figures were recomputed.
 */
export const refreshOrderFactsWorkflow = createWorkflow("customer-facts-refresh-orders", (input: RefreshOrderFactsInput) => {
  const facts = readOrderFactsStep(input)
  return new WorkflowResponse(recordOrderFactsStep(facts))
})
