import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCrmTagsStep } from "../steps/delete-crm-tags"

/** P3: deletes tags and, through the model's cascade, their customer assignments. */
export const deleteCrmTagsWorkflow = createWorkflow("delete-crm-tags", (input: { ids: string[] }) => {
  return new WorkflowResponse(deleteCrmTagsStep(input.ids))
})
