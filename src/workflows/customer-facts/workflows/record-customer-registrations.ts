import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCustomerRegistrationsStep } from "../steps/record-customer-registrations"

/**
 * On `customer.created` and `customer.updated` (and in the rebuild): when
 * each customer arrived and where she lives, in her facts.
 */
export const recordCustomerRegistrationsWorkflow = createWorkflow(
  "customer-facts-record-registrations",
  (input: { customer_ids: string[] }) => {
    recordCustomerRegistrationsStep(input.customer_ids)
    return new WorkflowResponse(undefined)
  }
)
