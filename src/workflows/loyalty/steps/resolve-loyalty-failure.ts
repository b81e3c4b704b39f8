import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** Marks a failed loyalty booking as done, once its retry succeeded. */
export const resolveLoyaltyFailureStep = createStep(
  "loyalty-resolve-failure",
  async ({ id }: { id: string }, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const failure = await loyalty.updateAwardFailures({ id, resolved_at: new Date() })
    return new StepResponse(failure, id)
  },
  async (id, { container }) => {
    if (!id) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.updateAwardFailures({ id, resolved_at: null })
  }
)
