import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listDynamicSetsStep } from "../steps/list-dynamic-sets"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"

export type EvaluateDynamicSetsInput = {
  /** only the sets whose rules move with the clock alone (ages, birthdays, windows, days since): the hourly pass */
  clock_only?: boolean
  now?: Date | string
}

/** The scheduled passes: every dynamic set (nightly), or those the clock alone changes (hourly), re-evaluated for everyone. */
export const evaluateDynamicSetsWorkflow = createWorkflow("evaluate-dynamic-customer-sets", (input: EvaluateDynamicSetsInput) => {
  const setIds = listDynamicSetsStep(transform(input, ({ clock_only }) => ({ clock_only })))
  return new WorkflowResponse(
    materialiseCustomerSetsStep(transform({ setIds, input }, ({ setIds, input }) => ({ set_ids: setIds, now: input.now })))
  )
})
