import { deleteCustomerGroupsWorkflow, updatePromotionsStatusWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PromotionStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCustomerSetStep } from "../steps/delete-customer-set"
import { removeSetMembersStep } from "../steps/remove-set-members"

type SetToDelete = { id: string; customer_group_id: string | null; promotions?: ({ id: string; status: string } | null)[] }

/**
 * Deletes a set: its members, then its customer group through Medusa's
 * workflow (which takes every customer out of it), then the set. Its
 * promotions stay in Medusa (orders name them) but are made inactive through
 * Medusa's status workflow: left active they would show as running in the
 * promotions list while targeting a group that is gone.
 */
export const deleteCustomerSetWorkflow = createWorkflow("delete-customer-set", (input: { id: string }) => {
  const { data: sets } = useQueryGraphStep({
    entity: "customer_set",
    fields: ["id", "customer_group_id", "promotions.id", "promotions.status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const running = transform(sets, (sets) =>
    ((sets[0] as SetToDelete | undefined)?.promotions ?? []).flatMap((p) => (p && p.status !== PromotionStatus.INACTIVE ? [p.id] : []))
  )
  when(running, (running) => running.length > 0).then(() => {
    updatePromotionsStatusWorkflow.runAsStep({
      input: transform(running, (ids) => ({ promotionsData: ids.map((id) => ({ id, status: PromotionStatus.INACTIVE })) })),
    })
  })
  removeSetMembersStep(input.id)
  when(sets, (sets) => !!sets[0]?.customer_group_id).then(() => {
    deleteCustomerGroupsWorkflow.runAsStep({ input: transform(sets, (sets) => ({ ids: [sets[0].customer_group_id as string] })) })
  })
  deleteCustomerSetStep(input.id)
  return new WorkflowResponse({ id: input.id })
})
