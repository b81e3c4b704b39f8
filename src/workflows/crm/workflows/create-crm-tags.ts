import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCrmValuesFreeStep } from "../steps/crm-records"
import { type CreateCrmTag, createCrmTagsStep } from "../steps/crm-tags"

export type CreateCrmTagsInput = { tags: CreateCrmTag[] }

/** P3: creates tags; a name already taken in any letter case is refused before writing. */
export const createCrmTagsWorkflow = createWorkflow("create-crm-tags", (input: CreateCrmTagsInput) => {
  const names = transform(input, ({ tags }) => tags.map((tag) => tag.name))
  ensureCrmValuesFreeStep({ model: "CrmTags", field: "name", values: names, ignore_case: true })
  return new WorkflowResponse(createCrmTagsStep(input.tags))
})
