import type { MedusaContainer } from "@medusajs/framework/types"
import { awardBirthdayBonusesWorkflow } from "../workflows/loyalty/workflows/award-birthday-bonuses"

/**
 * L2: every day just after midnight UTC (the morning in Asia), the birthday
 * bonus of members born that day.
 */
export default async function loyaltyBirthdayBonusJob(container: MedusaContainer) {
  await awardBirthdayBonusesWorkflow(container).run({ input: {} })
}

export const config = { name: "loyalty-birthday-bonus", schedule: "5 0 * * *" }
