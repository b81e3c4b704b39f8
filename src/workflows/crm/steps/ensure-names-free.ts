import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nameKey } from "../../../lib/text"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"

export type EnsureNamesFreeInput = {
  /** tags and sources are compared by folded name, custom fields by key */
  kind: "tag" | "source" | "custom_field"
  values: string[]
  /** records being updated: they may keep their own name */
  except_ids?: string[]
}

/**
 * Rejects names already used by another live record, or repeated in the
 * input, with a 400 naming the field, checked before writing (the unique
 * index behind it would answer a less helpful error, or catch it only later).
 */
export const ensureNamesFreeStep = createStep("crm-ensure-names-free", async (input: EnsureNamesFreeInput, { container }) => {
  const field = input.kind === "custom_field" ? "key" : "name"
  const fold = (v: string) => (input.kind === "custom_field" ? v : nameKey(v))
  const seen = new Set<string>()
  const repeated = input.values.filter((v) => seen.size === seen.add(fold(v)).size)
  const crm: CrmModuleService = container.resolve(CRM_MODULE)
  const taken = await crm.findTakenNames(input.kind, input.values, input.except_ids)
  const problems = [...new Set([...repeated, ...taken])]
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: ${problems.map((v) => `"${v}"`).join(", ")} ${problems.length > 1 ? "are" : "is"} already in use`
    )
  }
  return new StepResponse(undefined)
})
