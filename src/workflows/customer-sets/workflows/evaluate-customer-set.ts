import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"

export type EvaluateCustomerSetInput = { set_id: string; now?: Date | string }

/**
 * Re-evaluates one set now, whatever its kind (`POST …/:id/evaluate` re-takes
 * a static set's snapshot): its members and its customer group get only the
 * difference. Returns who joined and left, as counts.
 */
export const evaluateCustomerSetWorkflow = createWorkflow("evaluate-customer-set", (input: EvaluateCustomerSetInput) => {
  const results = materialiseCustomerSetsStep(transform(input, ({ set_id, now }) => ({ set_ids: [set_id], now })))
  return new WorkflowResponse(transform(results, (results) => results[0]))
})
