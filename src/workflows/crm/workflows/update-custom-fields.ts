import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { UpdateCustomField } from "../../../types/crm"
import { updateCustomFieldsStep } from "../steps/update-custom-fields"
import { validateCustomFieldOptionsStep } from "../steps/validate-custom-field-options"

export type UpdateCustomFieldsInput = { custom_fields: UpdateCustomField[] }

/** P2: changes label, options, required or rank of custom fields (never key or type). */
export const updateCustomFieldsWorkflow = createWorkflow(
  "update-custom-fields",
  (input: UpdateCustomFieldsInput) => {
    const ids = transform(input, ({ custom_fields }) => custom_fields.map((field) => field.id))
    const { data: stored } = useQueryGraphStep({
      entity: "custom_field",
      fields: ["id", "type"],
      filters: { id: ids },
      options: { throwIfKeyNotFound: true },
    })
    // new options are checked against the stored type
    const optionChanges = transform({ input, stored }, ({ input, stored }) =>
      input.custom_fields
        .filter((field) => field.options !== undefined)
        .map((field) => ({
          type: stored.find((s: { id: string }) => s.id === field.id)!.type,
          options: field.options,
        }))
    )
    validateCustomFieldOptionsStep(optionChanges)
    return new WorkflowResponse(updateCustomFieldsStep(input.custom_fields))
  }
)
