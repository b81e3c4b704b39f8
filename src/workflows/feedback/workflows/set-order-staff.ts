import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ensureStaffUsersExistStep } from "../steps/ensure-staff-users-exist"
import { type ReplaceOrderStaffInput, replaceOrderStaffStep } from "../steps/replace-order-staff"
import { recordOrderStaffStep } from "../../customer-facts/steps/record-order-staff"

/**
 * Who served an order: replaces its staff with these admin users (an empty
 * list clears it), and copies them onto the order's facts (the staff report).
 */
export const setOrderStaffWorkflow = createWorkflow("set-order-staff", (input: ReplaceOrderStaffInput) => {
  // 404 when the order does not exist, before anything is written
  useQueryGraphStep({
    entity: "order",
    fields: ["id"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  ensureStaffUsersExistStep({ user_ids: input.user_ids })
  const staff = replaceOrderStaffStep(input)
  recordOrderStaffStep({ order_id: input.order_id })
  return new WorkflowResponse(staff)
})
