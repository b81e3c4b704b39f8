import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"

export type ScoreCustomerBehaviourInput = { /** ISO date-time the recency is counted to; the app's clock when absent */ now?: string }

/**
 * Every customer's behaviour scores and class, with the stored class table,
 * in one statement of one transaction (all or nothing).
 *
 * Its compensation cannot give the previous scores back without copying
 * every customer's row first, which would cost more than the scoring itself;
 * so it must stay the LAST step of any workflow that runs it: once it has
 * committed, nothing after it can fail and ask for an undo, and a step
 * before it that fails leaves the scores untouched. A later run recomputes
 * everything from the facts anyway: the scores hold no state of their own.
 */
export const scoreCustomerBehaviourStep = createStep(
  "customer-facts-score-behaviour",
  async (input: ScoreCustomerBehaviourInput, { container }) => {
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const { rules } = await service.readBehaviourSettings()
    return new StepResponse(await service.scoreBehaviour(rules, input.now ? new Date(input.now) : new Date()))
  }
)
