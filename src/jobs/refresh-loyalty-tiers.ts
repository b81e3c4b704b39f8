import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshAllTiersWorkflow } from "../workflows/loyalty/workflows/refresh-all-tiers"

/** L6: every night, re-evaluates all members' tiers (downgrades happen here). */
export default async function refreshLoyaltyTiersJob(container: MedusaContainer) {
  await refreshAllTiersWorkflow(container).run({ input: {} })
}

export const config = { name: "refresh-loyalty-tiers", schedule: "30 0 * * *" }
