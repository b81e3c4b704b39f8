import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateCrmTag } from "../../../types/crm"
import { ensureNamesFreeStep } from "../steps/ensure-names-free"
import { updateCrmTagsStep } from "../steps/update-crm-tags"

export type UpdateCrmTagsInput = { tags: UpdateCrmTag[] }

/** P3: renames or recolours tags; a tag may change the case of its own name. */
export const updateCrmTagsWorkflow = createWorkflow("update-crm-tags", (input: UpdateCrmTagsInput) => {
  ensureNamesFreeStep(
    transform(input, ({ tags }) => {
      const renamed = tags.filter((tag) => tag.name !== undefined)
      return { kind: "tag" as const, values: renamed.map((tag) => tag.name!), except_ids: renamed.map((tag) => tag.id) }
    })
  )
  return new WorkflowResponse(updateCrmTagsStep(input.tags))
})
