import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCrmSourcesStep } from "../steps/delete-crm-sources"

/** P4: removes a source; its customers' profiles stay, with no source shown. */
export const deleteCrmSourceWorkflow = createWorkflow("delete-crm-source", (input: { id: string }) => {
  const deleted = deleteCrmSourcesStep(transform({ input }, ({ input }) => [input.id]))
  return new WorkflowResponse(deleted)
})
