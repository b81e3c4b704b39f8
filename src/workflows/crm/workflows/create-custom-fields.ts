import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCustomField } from "../../../types/crm"
import { createCustomFieldsStep } from "../steps/create-custom-fields"
import { ensureNamesFreeStep } from "../steps/ensure-names-free"
import { validateCustomFieldOptionsStep } from "../steps/validate-custom-field-options"

export type CreateCustomFieldsInput = { custom_fields: CreateCustomField[] }

/** P2: defines custom profile fields; keys are unique and a select field lists its options. */
export const createCustomFieldsWorkflow = createWorkflow(
  "create-custom-fields",
  (input: CreateCustomFieldsInput) => {
    validateCustomFieldOptionsStep(input.custom_fields)
    ensureNamesFreeStep(transform(input, ({ custom_fields }) => ({ kind: "custom_field" as const, values: custom_fields.map((f) => f.key) })))
    return new WorkflowResponse(createCustomFieldsStep(input.custom_fields))
  }
)
