import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCrmSource } from "../../../types/crm"
import { createCrmSourcesStep } from "../steps/create-crm-sources"
import { ensureNamesFreeStep } from "../steps/ensure-names-free"

/** P4: adds a marketing channel; its name must be new, as people read it. */
export const createCrmSourceWorkflow = createWorkflow("create-crm-source", (input: CreateCrmSource) => {
  ensureNamesFreeStep(transform({ input }, ({ input }) => ({ kind: "source" as const, values: [input.name] })))
  const created = createCrmSourcesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})
