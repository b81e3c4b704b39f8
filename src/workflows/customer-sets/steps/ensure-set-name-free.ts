import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../modules/customer-sets"

/** A 400 naming `name` when another live set has it (folded: "Khách VIP" is "khách vip"); checked before writing. */
export const ensureSetNameFreeStep = createStep(
  "customer-sets-ensure-name-free",
  async (input: { name?: string; except_id?: string }, { container }) => {
    if (input.name === undefined) return new StepResponse(undefined)
    const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
    const [taken] = await sets.findTakenSetNames([input.name], input.except_id ? [input.except_id] : [])
    if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `name: "${taken}" is already in use by another set`)
    return new StepResponse(undefined)
  }
)
