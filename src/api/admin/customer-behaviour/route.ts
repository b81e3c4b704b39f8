import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../modules/customer-facts"

/** S5: the class table in use, how many customers each class and group holds, and the last scoring run. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const facts: CustomerFactsModuleService = req.scope.resolve(CUSTOMER_FACTS_MODULE)
  const [settings, counts] = await Promise.all([facts.readBehaviourSettings(), facts.countBehaviour()])
  res.json({ ...settings, ...counts })
}
