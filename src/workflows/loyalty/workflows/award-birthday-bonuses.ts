import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookBirthdayBonusesStep } from "../steps/book-birthday-bonuses"

/** L2, daily: the birthday bonus of members born on `now`'s day (default: today), once a year. */
export const awardBirthdayBonusesWorkflow = createWorkflow("loyalty-award-birthday-bonuses", (input: { now?: Date }) => {
  const awarded = bookBirthdayBonusesStep(transform({ input }, ({ input }) => ({ now: input.now ?? new Date() })))
  return new WorkflowResponse(awarded)
})
