import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { type ScoreCustomerBehaviourInput, scoreCustomerBehaviourStep } from "../steps/score-customer-behaviour"

/**
 * S5: every customer's recency, frequency and monetary scores and behaviour
 * class (nightly, on demand, after the class table changes). Returns the
 * counts per class and group and how long it took. Then the sets on
 * behaviour classes follow (`customer_behaviour.scored`).
 */
export const scoreCustomerBehaviourWorkflow = createWorkflow(
  "score-customer-behaviour",
  (input: ScoreCustomerBehaviourInput) => {
    // emitted before the scoring step, which must stay last (see its comment): a workflow's
    // events are held until it succeeds, so the event still goes out only once scores are in
    emitEventStep({ eventName: SPA_CRM_EVENTS.CUSTOMER_BEHAVIOUR_SCORED, data: {} })
    return new WorkflowResponse(scoreCustomerBehaviourStep(input))
  }
)
