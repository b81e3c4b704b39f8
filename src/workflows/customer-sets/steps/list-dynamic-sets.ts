import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"
import { dependsOnClock } from "../../../modules/customer-sets/compiler"
import type { SetRuleGroup } from "../../../types/customer-sets"

/** The ids of the live dynamic sets; with `clock_only`, those whose rules move with the clock alone (ages, windows). */
export const listDynamicSetsStep = createStep(
  "customer-sets-list-dynamic",
  async (input: { clock_only?: boolean }, { container }) => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const dynamic = await sets.listCustomerSets({ kind: "dynamic" }, { select: ["id", "rules"], take: null, order: { id: "ASC" } })
    const chosen = input.clock_only ? dynamic.filter((s) => dependsOnClock(s.rules as unknown as SetRuleGroup)) : dynamic
    return new StepResponse(chosen.map((s) => s.id))
  }
)
