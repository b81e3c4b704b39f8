import type { MedusaContainer } from "@medusajs/framework/types"
import { scoreCustomerBehaviourWorkflow } from "../workflows/customer-facts/workflows/score-customer-behaviour"

/** S5: every night, after the day's orders, each customer's behaviour scores and class. */
export default async function scoreCustomerBehaviourJob(container: MedusaContainer) {
  await scoreCustomerBehaviourWorkflow(container).run({ input: {} })
}

export const config = { name: "score-customer-behaviour", schedule: "30 3 * * *" }
