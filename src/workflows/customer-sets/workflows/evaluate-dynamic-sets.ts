import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type DynamicSetsScope, listDynamicSetsStep } from "../steps/list-dynamic-sets"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"

export type EvaluateDynamicSetsInput = {
  /** all (nightly), those the clock and points move (hourly), those on behaviour classes (after scoring) */
  scope?: DynamicSetsScope
  now?: Date | string
}

/** The passes over everyone: every dynamic set (nightly), those the clock moves (hourly), those on behaviour (after scoring). */
export const evaluateDynamicSetsWorkflow = createWorkflow("evaluate-dynamic-customer-sets", (input: EvaluateDynamicSetsInput) => {
  const setIds = listDynamicSetsStep(transform(input, ({ scope }) => ({ scope })))
  return new WorkflowResponse(
    materialiseCustomerSetsStep(transform({ setIds, input }, ({ setIds, input }) => ({ set_ids: setIds, now: input.now })))
  )
})
