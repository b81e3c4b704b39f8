import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { type ChangeTagCustomersInput, changeTagCustomersStep } from "../steps/change-tag-customers"
import { ensureCustomersExistStep } from "../steps/ensure-customers-exist"

/** P3: tags and untags customers in bulk; ids in `add` must be Medusa customers. */
export const changeTagCustomersWorkflow = createWorkflow(
  "change-tag-customers",
  (input: ChangeTagCustomersInput) => {
    // 404 for an unknown tag before the customers are looked at
    useQueryGraphStep({ entity: "crm_tag", fields: ["id"], filters: { id: input.tag_id }, options: { throwIfKeyNotFound: true } })
    const added = transform(input, ({ add }) => ({ ids: add ?? [], field: "add" }))
    ensureCustomersExistStep(added)
    const changed = changeTagCustomersStep(input)
    emitEventStep({
      eventName: SPA_CRM_EVENTS.CRM_CUSTOMERS_CHANGED,
      data: transform(changed, ({ added, removed }) => ({ customer_ids: [...new Set([...added, ...removed])] })),
    })
    return new WorkflowResponse(changed)
  }
)
