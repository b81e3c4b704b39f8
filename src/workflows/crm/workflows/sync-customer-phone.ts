import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncCrmProfilePhoneStep } from "../steps/sync-crm-profile-phone"

/**
 * Keeps the CRM profile's `phone_e164` in step with the customer's phone after
 * Medusa creates or updates the customer (storefront sign-up, admin edit), so
 * lead intake can match on one indexed, normalised column.
 */
export const syncCustomerPhoneWorkflow = createWorkflow(
  "sync-customer-phone",
  (input: { customer_id: string }) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "phone"],
      filters: { id: input.customer_id },
    })
    const customer = transform({ customers }, ({ customers }) => customers[0] as { id: string; phone: string | null } | undefined)
    // a customer deleted meanwhile has nothing to sync
    when({ customer }, ({ customer }) => !!customer).then(() => {
      syncCrmProfilePhoneStep(
        transform({ customer }, ({ customer }) => ({ customer_id: customer!.id, phone: customer!.phone ?? null }))
      )
    })
    return new WorkflowResponse(undefined)
  }
)
