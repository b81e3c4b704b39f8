import { deleteCustomerGroupsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerSetStep } from "../steps/delete-customer-set"
import { removeSetMembersStep } from "../steps/remove-set-members"

/**
 * Deletes a set: its members, then its customer group through Medusa's
 * workflow (which takes every customer out of it), then the set. A promotion
 * made for the set stays in Medusa, targeting a group that is gone: no one.
 */
export const deleteCustomerSetWorkflow = createWorkflow("delete-customer-set", (input: { id: string }) => {
  const { data: sets } = useQueryGraphStep({
    entity: "customer_set",
    fields: ["id", "customer_group_id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  removeSetMembersStep(input.id)
  when(sets, (sets) => !!sets[0]?.customer_group_id).then(() => {
    deleteCustomerGroupsWorkflow.runAsStep({ input: transform(sets, (sets) => ({ ids: [sets[0].customer_group_id as string] })) })
  })
  deleteCustomerSetStep(input.id)
  return new WorkflowResponse({ id: input.id })
})
