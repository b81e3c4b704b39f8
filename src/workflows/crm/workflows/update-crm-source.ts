import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { UpdateCrmSource } from "../../../types/crm"
import { ensureNamesFreeStep } from "../steps/ensure-names-free"
import { updateCrmSourcesStep } from "../steps/update-crm-sources"

/** P4: renames or re-describes a source; a new name must not be another source's. */
export const updateCrmSourceWorkflow = createWorkflow("update-crm-source", (input: UpdateCrmSource) => {
  // 404 before the name check, so an unknown id is never reported as a name clash
  useQueryGraphStep({
    entity: "crm_source",
    fields: ["id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  when({ input }, ({ input }) => input.name !== undefined).then(() => {
    ensureNamesFreeStep(transform({ input }, ({ input }) => ({ kind: "source" as const, values: [input.name!], except_ids: [input.id] })))
  })
  const updated = updateCrmSourcesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
