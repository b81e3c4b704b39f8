import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCrmTag } from "../../../types/crm"
import { createCrmTagsStep } from "../steps/create-crm-tags"
import { ensureNamesFreeStep } from "../steps/ensure-names-free"

export type CreateCrmTagsInput = { tags: CreateCrmTag[] }

/** P3: creates tags; a name already taken, as people read it, is refused before writing. */
export const createCrmTagsWorkflow = createWorkflow("create-crm-tags", (input: CreateCrmTagsInput) => {
  ensureNamesFreeStep(transform(input, ({ tags }) => ({ kind: "tag" as const, values: tags.map((tag) => tag.name) })))
  return new WorkflowResponse(createCrmTagsStep(input.tags))
})
