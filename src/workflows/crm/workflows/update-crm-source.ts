import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ensureCrmValuesFreeStep } from "../steps/crm-records"
import { type UpdateCrmSource, updateCrmSourcesStep } from "../steps/crm-sources"

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
    ensureCrmValuesFreeStep(
      transform({ input }, ({ input }) => ({
        model: "CrmSources" as const,
        field: "name",
        values: [input.name!],
        except_ids: [input.id],
        ignore_case: true,
      }))
    )
  })
  const updated = updateCrmSourcesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
