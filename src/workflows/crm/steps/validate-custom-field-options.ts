import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomFieldType } from "../../../types/crm"

export type CustomFieldOptionsCheck = { type: CustomFieldType; options?: string[] | null }

function optionsProblem({ type, options }: CustomFieldOptionsCheck): string | undefined {
  if (type === "select") {
    return options?.length ? undefined : "options: a select field needs at least one option"
  }
  return options == null ? undefined : `options: only select fields have options, not ${type} fields`
}

/**
 * A select field needs its options; no other type may have any. On update the
 * type is the stored one (it cannot change), so this runs in the workflow, not in zod.
 */
export const validateCustomFieldOptionsStep = createStep(
  "validate-custom-field-options",
  async (fields: CustomFieldOptionsCheck[]) => {
    const problems = [...new Set(fields.map(optionsProblem).filter(Boolean))]
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(undefined)
  }
)
