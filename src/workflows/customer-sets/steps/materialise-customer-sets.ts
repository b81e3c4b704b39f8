import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { materialiseSet, revertMaterialisation, type SetMaterialisation } from "../set-membership"

export type MaterialiseCustomerSetsInput = {
  set_ids: string[]
  /** re-evaluate only these customers (an event's); every customer when absent */
  customer_ids?: string[]
  /** the evaluation's clock; now when absent */
  now?: Date | string
}

/**
 * Re-evaluates sets one after the other, each under its lock, writing only the
 * difference to its member rows and its Medusa customer group. Undo puts every
 * set's members and group back as they were, including on a failure halfway.
 */
export const materialiseCustomerSetsStep = createStep(
  "customer-sets-materialise",
  async (input: MaterialiseCustomerSetsInput, { container }) => {
    const now = input.now ? new Date(input.now) : new Date()
    const done: SetMaterialisation[] = []
    try {
      for (const setId of input.set_ids) done.push(await materialiseSet(container, setId, { now, customer_ids: input.customer_ids }))
    } catch (error) {
      for (const set of done.reverse()) await revertMaterialisation(container, set)
      throw error
    }
    const summary = done.map(({ members }) => ({
      set_id: members.set_id,
      added: members.added.length,
      removed: members.removed.length,
      member_count: members.member_count,
    }))
    return new StepResponse(summary, done)
  },
  async (done, { container }) => {
    for (const set of [...(done ?? [])].reverse()) await revertMaterialisation(container, set)
  }
)
