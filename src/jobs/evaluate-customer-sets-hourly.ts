import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateDynamicSetsWorkflow } from "../workflows/customer-sets/workflows/evaluate-dynamic-sets"

/** S1: every hour, the dynamic sets the clock alone changes (ages, birthdays, windows, days since the last order). */
export default async function evaluateCustomerSetsHourlyJob(container: MedusaContainer) {
  await evaluateDynamicSetsWorkflow(container).run({ input: { clock_only: true } })
}

export const config = { name: "evaluate-customer-sets-hourly", schedule: "5 * * * *" }
