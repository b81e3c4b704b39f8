import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { type CrmProfileInput, upsertCrmProfileStep } from "../steps/upsert-crm-profile"

/** P1: writes a customer's CRM profile (created on first write). */
export const upsertCrmProfileWorkflow = createWorkflow(
  "upsert-crm-profile",
  (input: CrmProfileInput) => {
    // 404 when the customer does not exist, before anything is written
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const { profile } = upsertCrmProfileStep(input)
    emitEventStep({
      eventName: SPA_CRM_EVENTS.CRM_CUSTOMERS_CHANGED,
      data: transform(input, ({ customer_id }) => ({ customer_ids: [customer_id] })),
    })
    return new WorkflowResponse(profile)
  }
)
