import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ScoreCustomerBehaviourInput, scoreCustomerBehaviourStep } from "../steps/score-customer-behaviour"

/**
 * S5: every customer's recency, frequency and monetary scores and behaviour
 * class (nightly, on demand, after the class table changes). Returns the
 * counts per class and group and how long it took.
 */
export const scoreCustomerBehaviourWorkflow = createWorkflow(
  "score-customer-behaviour",
  (input: ScoreCustomerBehaviourInput) => {
    // the scoring step comes last: see its comment
    return new WorkflowResponse(scoreCustomerBehaviourStep(input))
  }
)
