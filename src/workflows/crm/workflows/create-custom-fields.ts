import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCrmValuesFreeStep } from "../steps/crm-records"
import { type CreateCustomField, createCustomFieldsStep } from "../steps/custom-fields"
import { validateCustomFieldOptionsStep } from "../steps/validate-custom-field-options"

export type CreateCustomFieldsInput = { custom_fields: CreateCustomField[] }

/** P2: defines custom profile fields; keys are unique and a select field lists its options. */
export const createCustomFieldsWorkflow = createWorkflow(
  "create-custom-fields",
  (input: CreateCustomFieldsInput) => {
    validateCustomFieldOptionsStep(input.custom_fields)
    const keys = transform(input, ({ custom_fields }) => custom_fields.map((field) => field.key))
    ensureCrmValuesFreeStep({ model: "CustomFields", field: "key", values: keys })
    return new WorkflowResponse(createCustomFieldsStep(input.custom_fields))
  }
)
