import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { scoreCustomerBehaviourWorkflow } from "../../../../workflows/customer-facts/workflows/score-customer-behaviour"

/** Scores every customer now (as the nightly job does); answers the counts per class and group and how long it took. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await scoreCustomerBehaviourWorkflow(req.scope).run({ input: {} })
  res.json({ scoring: result })
}
