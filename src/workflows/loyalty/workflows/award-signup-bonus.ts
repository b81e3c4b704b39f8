import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SPA_CRM_EVENTS } from "../../../lib/events"
import { bookPointsEntriesStep } from "../steps/book-points-entries"
import { prepareSignupBonusStep } from "../steps/prepare-signup-bonus"
import { setReferrerStep } from "../steps/set-referrer"

/**
 * L2 on `customer.created`: the new member's account, her referrer (the
 * referral bonuses follow on her first order) and her sign-up bonus, once.
 */
export const awardSignupBonusWorkflow = createWorkflow("loyalty-award-signup-bonus", (input: { customer_id: string }) => {
  const signup = prepareSignupBonusStep(input)
  const referred = setReferrerStep(
    transform({ signup }, ({ signup }) => ({ account_id: signup.account_id, referrer_account_id: signup.referrer_account_id }))
  )
  const booked = bookPointsEntriesStep(transform({ signup }, ({ signup }) => signup.entries))
  // her first points, before any order
  emitEventStep({
    eventName: SPA_CRM_EVENTS.LOYALTY_POINTS_CHANGED,
    data: transform({ input }, ({ input }) => ({ customer_ids: [input.customer_id] })),
  })
  return new WorkflowResponse(
    transform({ signup, referred, booked }, ({ signup, referred, booked }) => ({
      account_id: signup.account_id,
      referred,
      created: booked.created.map((e) => ({ id: e.id, reference: e.reference, points: e.points })),
    }))
  )
})
