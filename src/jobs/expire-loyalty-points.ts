import type { MedusaContainer } from "@medusajs/framework/types"
import { expirePointsWorkflow } from "../workflows/loyalty/workflows/expire-points"
import { warnExpiringPointsWorkflow } from "../workflows/loyalty/workflows/warn-expiring-points"

/**
 * L4: every day, books the points that expired, then warns members whose
 * points expire soon (after the booking, so nobody is warned about points
 * already gone). Two workflows: a failed email never undoes an expiry.
 */
export default async function expireLoyaltyPointsJob(container: MedusaContainer) {
  await expirePointsWorkflow(container).run({ input: {} })
  await warnExpiringPointsWorkflow(container).run({ input: {} })
}

export const config = { name: "expire-loyalty-points", schedule: "10 0 * * *" }
