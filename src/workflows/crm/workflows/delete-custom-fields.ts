import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { deleteCustomFieldsStep } from "../steps/delete-custom-fields"
import { removeCustomFieldValuesStep } from "../steps/remove-custom-field-values"

/** P2: deletes custom fields and the values profiles hold for them. */
export const deleteCustomFieldsWorkflow = createWorkflow(
  "delete-custom-fields",
  (input: { ids: string[] }) => {
    const { data: fields } = useQueryGraphStep({
      entity: "custom_field",
      fields: ["id", "key"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    })
    const keys = transform(fields, (found) => found.map((field: { key: string }) => field.key))
    removeCustomFieldValuesStep(keys)
    return new WorkflowResponse(deleteCustomFieldsStep(input.ids))
  }
)
