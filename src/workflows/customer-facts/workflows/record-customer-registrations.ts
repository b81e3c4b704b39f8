import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCustomerRegistrationsStep } from "../steps/record-customer-registrations"

/** On `customer.created` (and in the rebuild): when each customer arrived, in her facts. */
export const recordCustomerRegistrationsWorkflow = createWorkflow(
  "customer-facts-record-registrations",
  (input: { customer_ids: string[] }) => {
    recordCustomerRegistrationsStep(input.customer_ids)
    return new WorkflowResponse(undefined)
  }
)
