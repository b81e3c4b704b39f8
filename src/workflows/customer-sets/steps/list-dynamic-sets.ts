import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"
import { dependsOnBehaviour, dependsOnClock } from "../../../modules/customer-sets/compiler"
import type { SetRuleGroup } from "../../../types/customer-sets"

/** What a pass re-evaluates: every dynamic set, or those the clock (and points) move, or those on behaviour classes. */
export type DynamicSetsScope = "all" | "clock" | "behaviour"

const inScope = { clock: dependsOnClock, behaviour: dependsOnBehaviour }

/** The ids of the live dynamic sets in the scope. */
export const listDynamicSetsStep = createStep(
  "customer-sets-list-dynamic",
  async (input: { scope?: DynamicSetsScope }, { container }) => {
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const dynamic = await sets.listCustomerSets({ kind: "dynamic" }, { select: ["id", "rules"], take: null, order: { id: "ASC" } })
    const scope = input.scope ?? "all"
    const chosen = scope === "all" ? dynamic : dynamic.filter((s) => inScope[scope](s.rules as unknown as SetRuleGroup))
    return new StepResponse(chosen.map((s) => s.id))
  }
)
