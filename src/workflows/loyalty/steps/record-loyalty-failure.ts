import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

export type RecordLoyaltyFailureInput = {
  /** what to run again (a key of LOYALTY_OPERATIONS) */
  operation: string
  /** the attempt's business key, "<event>:<id>": one failure row per key */
  reference: string
  input: Record<string, unknown>
  error: string
}

type Previous = { id: string; created: boolean; attempts: number; error: string; last_attempt_at: Date; resolved_at: Date | null }

/**
 * Keeps a failed loyalty booking visible and retryable: one row per
 * reference, its attempts counted, reopened if it had been resolved.
 */
export const recordLoyaltyFailureStep = createStep(
  "loyalty-record-failure",
  async (input: RecordLoyaltyFailureInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const now = new Date()
    const update = async () => {
      const [existing] = await loyalty.listAwardFailures({ reference: input.reference }, { take: 1 })
      if (!existing) return null
      const failure = await loyalty.updateAwardFailures({
        id: existing.id,
        input: input.input,
        error: input.error,
        attempts: existing.attempts + 1,
        last_attempt_at: now,
        resolved_at: null,
      })
      const previous: Previous = { id: existing.id, created: false, attempts: existing.attempts, error: existing.error, last_attempt_at: existing.last_attempt_at, resolved_at: existing.resolved_at }
      return new StepResponse(failure, previous)
    }
    const updated = await update()
    if (updated) return updated
    try {
      const failure = await loyalty.createAwardFailures({ ...input, attempts: 1, last_attempt_at: now })
      return new StepResponse(failure, { id: failure.id, created: true } as Previous)
    } catch (error) {
      // the same reference failed at the same moment elsewhere: count this attempt on its row
      const raced = await update()
      if (raced) return raced
      throw error
    }
  },
  async (previous, { container }) => {
    if (!previous) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    if (previous.created) return void (await loyalty.deleteAwardFailures(previous.id))
    const { created, ...restore } = previous
    await loyalty.updateAwardFailures(restore)
  }
)
