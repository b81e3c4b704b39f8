import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { removeCustomerFactsStep } from "../../customer-facts/steps/remove-customer-facts"
import { closeLoyaltyAccountsStep } from "../../loyalty/steps/close-loyalty-accounts"
import { removeCustomerRecordsStep } from "../steps/remove-customer-records"

export type RetireDeletedCustomersInput = { customer_ids: string[] }

/**
 * On `customer.deleted`: what the plugin kept about the customers follows
 * them. Their CRM profile, touch-points and tag links leave every list and
 * count; their leads stay as the intake's log without the personal data the
 * sender sent; their loyalty account is closed, its ledger kept for the
 * accounts; they leave the customer facts (their orders' facts stay, as
 * Medusa keeps the orders), and so every customer set. Safe to repeat: a
 * second run finds nothing left.
 */
export const retireDeletedCustomersWorkflow = createWorkflow(
  "retire-deleted-customers",
  (input: RetireDeletedCustomersInput) => {
    const removed = removeCustomerRecordsStep(input.customer_ids)
    const closedAccounts = closeLoyaltyAccountsStep(input.customer_ids)
    removeCustomerFactsStep(input.customer_ids)
    // the sets re-evaluate them: without facts they match no set any more
    emitEventStep({ eventName: SPA_CRM_EVENTS.CRM_CUSTOMERS_CHANGED, data: transform(input, ({ customer_ids }) => ({ customer_ids })) })
    return new WorkflowResponse({ removed, closed_account_ids: closedAccounts })
  }
)
