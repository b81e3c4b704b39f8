import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../../modules/customer-facts"
import { updateBehaviourSettingsWorkflow } from "../../../../workflows/customer-facts/workflows/update-behaviour-settings"
import type { AdminUpdateBehaviourSettingsType } from "../validators"

/** Saves a new class table and re-scores every customer with it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBehaviourSettingsType>, res: MedusaResponse) => {
  const { result } = await updateBehaviourSettingsWorkflow(req.scope).run({ input: { rules: req.validatedBody.rules } })
  const facts: CustomerFactsModuleService = req.scope.resolve(CUSTOMER_FACTS_MODULE)
  res.json({ ...(await facts.readBehaviourSettings()), scoring: result })
}
