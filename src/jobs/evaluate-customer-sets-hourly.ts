import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateDynamicSetsWorkflow } from "../workflows/customer-sets/workflows/evaluate-dynamic-sets"

/** S1: every hour, the dynamic sets that move with no event: the clock (ages, birthdays, windows, days since) and points balances. */
export default async function evaluateCustomerSetsHourlyJob(container: MedusaContainer) {
  await evaluateDynamicSetsWorkflow(container).run({ input: { scope: "clock" } })
}

export const config = { name: "evaluate-customer-sets-hourly", schedule: "5 * * * *" }
