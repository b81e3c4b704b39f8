import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listDynamicSetsStep } from "../steps/list-dynamic-sets"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"

export type RefreshCustomerSetMembershipsInput = { customer_ids: string[]; now?: Date | string }

/**
 * After something about some customers changed (an order's facts, a profile,
 * tags, a tier): every dynamic set re-evaluated for those customers only, so
 * each of them joins or leaves its sets and their groups at once.
 */
export const refreshCustomerSetMembershipsWorkflow = createWorkflow(
  "refresh-customer-set-memberships",
  (input: RefreshCustomerSetMembershipsInput) => {
    const setIds = listDynamicSetsStep({})
    const result = materialiseCustomerSetsStep(
      transform({ setIds, input }, ({ setIds, input }) => ({
        set_ids: input.customer_ids.length ? setIds : [],
        customer_ids: [...new Set(input.customer_ids)],
        now: input.now,
      }))
    )
    return new WorkflowResponse(result)
  }
)
