import { createCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCustomerSetData } from "../../../modules/customer-sets/service"
import { createCustomerSetStep } from "../steps/create-customer-set"
import { ensureSetNameFreeStep } from "../steps/ensure-set-name-free"
import { materialiseCustomerSetsStep } from "../steps/materialise-customer-sets"
import { updateCustomerSetStep } from "../steps/update-customer-set"

export type CreateCustomerSetInput = CreateCustomerSetData & { now?: Date | string }

/** The Medusa customer group that mirrors a set: "Set · January birthdays". */
export const setGroupName = (setName: string) => `Set · ${setName}`

/**
 * S1: creates a set, its Medusa customer group (through Medusa's workflow,
 * tagged `spa_crm_set_id`), and evaluates it at once: a static set keeps this
 * snapshot, a dynamic one is kept up to date from here on.
 */
export const createCustomerSetWorkflow = createWorkflow("create-customer-set", (input: CreateCustomerSetInput) => {
  ensureSetNameFreeStep(transform(input, ({ name }) => ({ name })))
  const set = createCustomerSetStep(
    transform(input, ({ name, description, kind, rules }) => ({ name, description, kind, rules }))
  )
  const groups = createCustomerGroupsWorkflow.runAsStep({
    input: transform(set, (set) => ({ customersData: [{ name: setGroupName(set.name), metadata: { spa_crm_set_id: set.id } }] })),
  })
  updateCustomerSetStep(transform({ set, groups }, ({ set, groups }) => ({ id: set.id, customer_group_id: groups[0].id })))
  materialiseCustomerSetsStep(transform({ set, input }, ({ set, input }) => ({ set_ids: [set.id], now: input.now })))
  return new WorkflowResponse(transform(set, (set) => ({ id: set.id })))
})
