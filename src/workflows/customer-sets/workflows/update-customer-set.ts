import { updateCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateCustomerSetData } from "../../../modules/customer-sets/service"
import { ensureSetNameFreeStep } from "../steps/ensure-set-name-free"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"
import { updateCustomerSetStep } from "../steps/update-customer-set"
import { setGroupName } from "./create-customer-set"

export type UpdateCustomerSetInput = Omit<UpdateCustomerSetData, "customer_group_id"> & { now?: Date | string }

/**
 * Changes a set. A new name renames its customer group; new rules (or a
 * change of kind) re-evaluate it at once.
 */
export const updateCustomerSetWorkflow = createWorkflow("update-customer-set", (input: UpdateCustomerSetInput) => {
  ensureSetNameFreeStep(transform(input, ({ name, id }) => ({ name, except_id: id })))
  const { set } = updateCustomerSetStep(transform(input, ({ now, ...data }) => data))
  when({ input, set }, ({ input, set }) => input.name !== undefined && !!set.customer_group_id).then(() => {
    updateCustomerGroupsWorkflow.runAsStep({
      input: transform({ set }, ({ set }) => ({ selector: { id: set.customer_group_id! }, update: { name: setGroupName(set.name) } })),
    })
  })
  when(input, (input) => input.rules !== undefined || input.kind !== undefined).then(() => {
    materialiseCustomerSetsStep(transform(input, ({ id, now }) => ({ set_ids: [id], now })))
  })
  return new WorkflowResponse(transform(set, (set) => ({ id: set.id })))
})
