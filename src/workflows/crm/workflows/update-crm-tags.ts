import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCrmValuesFreeStep } from "../steps/crm-records"
import { type UpdateCrmTag, updateCrmTagsStep } from "../steps/crm-tags"

export type UpdateCrmTagsInput = { tags: UpdateCrmTag[] }

/** P3: renames or recolours tags; a tag may change the case of its own name. */
export const updateCrmTagsWorkflow = createWorkflow("update-crm-tags", (input: UpdateCrmTagsInput) => {
  const uniqueness = transform(input, ({ tags }) => {
    const renamed = tags.filter((tag) => tag.name !== undefined)
    return {
      model: "CrmTags" as const,
      field: "name",
      values: renamed.map((tag) => tag.name!),
      except_ids: renamed.map((tag) => tag.id),
      ignore_case: true,
    }
  })
  ensureCrmValuesFreeStep(uniqueness)
  return new WorkflowResponse(updateCrmTagsStep(input.tags))
})
