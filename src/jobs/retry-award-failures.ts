import type { MedusaContainer } from "@medusajs/framework/types"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../modules/loyalty"
import { MAX_FAILURE_ATTEMPTS, retryLoyaltyFailure } from "../workflows/loyalty/operations/loyalty-operations"

const BATCH = 100

/**
 * Every 10 minutes: runs the loyalty bookings that failed (an award, a
 * reversal, a sign-up bonus) again, oldest attempt first, until they succeed
 * or reach MAX_FAILURE_ATTEMPTS; those stay listed in the admin. A retry never
 * books twice: every booking is idempotent by its business key.
 */
export default async function retryAwardFailuresJob(container: MedusaContainer) {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const failures = await loyalty.listAwardFailures(
    { resolved_at: null, attempts: { $lt: MAX_FAILURE_ATTEMPTS } },
    { order: { last_attempt_at: "ASC" }, take: BATCH }
  )
  for (const failure of failures) {
    await retryLoyaltyFailure(container, failure as Parameters<typeof retryLoyaltyFailure>[1])
  }
}

export const config = { name: "retry-loyalty-award-failures", schedule: "*/10 * * * *" }
