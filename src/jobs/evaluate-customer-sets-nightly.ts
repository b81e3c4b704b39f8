import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateDynamicSetsWorkflow } from "../workflows/customer-sets/workflows/evaluate-dynamic-sets"

/**
 * S1: every night, after the tiers' run, every dynamic set in full: catches
 * whatever an event missed, and puts a group changed by hand back in line.
 */
export default async function evaluateCustomerSetsNightlyJob(container: MedusaContainer) {
  await evaluateDynamicSetsWorkflow(container).run({ input: {} })
}

export const config = { name: "evaluate-customer-sets-nightly", schedule: "45 0 * * *" }
