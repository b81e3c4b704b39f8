import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { type AdjustPointsInput, preparePointsAdjustmentStep } from "../steps/prepare-points-adjustment"

export type { AdjustPointsInput }

/**
 * U1: books an admin's adjustment of a member's points. A debit beyond the
 * spendable balance is refused by the ledger ("points: only N points are
 * available…", a 400) and writes nothing; a replayed key books once.
 */
export const adjustPointsWorkflow = createWorkflow("loyalty-adjust-points", (input: AdjustPointsInput) => {
  const adjustment = preparePointsAdjustmentStep(input)
  const booked = bookPointsEntriesStep(transform({ adjustment }, ({ adjustment }) => [adjustment.entry]))
  // a staff adjustment changed her balance: the customer sets on points take her in or out now
  emitEventStep({
    eventName: SPA_CRM_EVENTS.LOYALTY_POINTS_CHANGED,
    data: transform({ input }, ({ input }) => ({ customer_ids: [input.customer_id] })),
  })
  return new WorkflowResponse(
    transform({ adjustment, booked }, ({ adjustment, booked }) => ({
      account_id: adjustment.account_id,
      entry: booked.entries.find((e) => e.reference === adjustment.entry.reference)!,
    }))
  )
})
