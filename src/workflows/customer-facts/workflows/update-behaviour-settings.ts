import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BehaviourRule } from "../../../types/customer-behaviour"
import { saveBehaviourRulesStep } from "../steps/save-behaviour-rules"
import { scoreCustomerBehaviourStep } from "../steps/score-customer-behaviour"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"

/**
 * S5: a new class table, and every customer re-scored with it. A scoring
 * that fails puts the previous table back; scoring is the last step (see it).
 */
export const updateBehaviourSettingsWorkflow = createWorkflow(
  "update-behaviour-settings",
  (input: { rules: BehaviourRule[]; now?: string }) => {
    saveBehaviourRulesStep(input.rules)
    // before the scoring step, which must stay last: held until the workflow succeeds
    emitEventStep({ eventName: SPA_CRM_EVENTS.CUSTOMER_BEHAVIOUR_SCORED, data: {} })
    const scoring = scoreCustomerBehaviourStep(transform({ input }, ({ input }) => ({ now: input.now })))
    return new WorkflowResponse(scoring)
  }
)
