import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { isoDay } from "../../../modules/loyalty/rules/dates"
import { POINTS_REASONS } from "../../../types/loyalty"

const BATCH = 500

/**
 * L4: books, per account, the points that have expired by `now` and are not
 * booked as expired yet (oldest first, computed by the ledger), as one expire
 * entry `expire:<account>:<day>`: a second run the same day books nothing.
 */
export const bookExpiredPointsStep = createStep(
  "loyalty-book-expired-points",
  async (input: { now: Date }, { container }) => {
    const now = new Date(input.now)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const rows = (await loyalty.listAccountsWithUnbookedExpiry(now)).map((account_id) => ({ account_id }))
    const created: string[] = []
    let points = 0
    try {
      for (let i = 0; i < rows.length; i += BATCH) {
        const entries: BookEntryInput[] = []
        for (const { account_id } of rows.slice(i, i + BATCH)) {
          const expired = await loyalty.computeExpiredPoints(account_id, now)
          if (expired <= 0) continue
          entries.push({
            account_id,
            kind: "expire",
            points: -expired,
            reference: `expire:${account_id}:${isoDay(now)}`,
            reason: POINTS_REASONS.points_expired,
            available_at: now,
            clamp: true,
          })
        }
        const booked = await loyalty.bookEntries(entries)
        created.push(...booked.created.map((e) => e.id))
        points -= booked.created.reduce((sum, e) => sum + e.points, 0)
      }
    } catch (error) {
      // the batches booked before the failure are undone too
      if (created.length) await loyalty.deletePointsEntries(created)
      throw error
    }
    return new StepResponse({ entries: created.length, points }, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.deletePointsEntries(created)
  }
)
