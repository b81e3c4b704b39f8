import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../modules/loyalty"
import { updateLoyaltySettingsWorkflow } from "../../../../workflows/loyalty/workflows/update-loyalty-settings"
import type { AdminUpdateLoyaltySettingsType } from "./validators"

/** U1: the programme's rules (created with the defaults on first read). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  res.json({ settings: await loyalty.retrieveSettings() })
}

/** Changes the fields sent; a map sent (earn_rates, point_values, collection_multipliers) replaces the stored one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateLoyaltySettingsType>, res: MedusaResponse) => {
  await updateLoyaltySettingsWorkflow(req.scope).run({ input: req.validatedBody })
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  res.json({ settings: await loyalty.retrieveSettings() })
}
