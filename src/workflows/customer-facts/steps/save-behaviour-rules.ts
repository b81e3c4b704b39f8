import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"
import type { BehaviourRule } from "../../../types/customer-behaviour"

/** Saves the behaviour class table; undo puts the previous table back. */
export const saveBehaviourRulesStep = createStep(
  "customer-facts-save-behaviour-rules",
  async (rules: BehaviourRule[], { container }) => {
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    const previous = await service.saveBehaviourRules(rules)
    return new StepResponse(rules, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CustomerFactsModuleService = container.resolve(CUSTOMER_FACTS_MODULE)
    await service.restoreBehaviourRules(previous)
  }
)
