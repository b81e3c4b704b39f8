import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureCrmValuesFreeStep } from "../steps/crm-records"
import { type CreateCrmSource, createCrmSourcesStep } from "../steps/crm-sources"

/** P4: adds a marketing channel; its name must be new, whatever the case. */
export const createCrmSourceWorkflow = createWorkflow("create-crm-source", (input: CreateCrmSource) => {
  ensureCrmValuesFreeStep(
    transform({ input }, ({ input }) => ({
      model: "CrmSources" as const,
      field: "name",
      values: [input.name],
      ignore_case: true,
    }))
  )
  const created = createCrmSourcesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
