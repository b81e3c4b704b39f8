import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteLoyaltyTierWorkflow } from "../../../../../workflows/loyalty/workflows/delete-loyalty-tier"
import { updateLoyaltyTierWorkflow } from "../../../../../workflows/loyalty/workflows/update-loyalty-tier"
import { retrieveLoyaltyTier } from "../helpers"
import type { AdminUpdateLoyaltyTierType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier: await retrieveLoyaltyTier(req.scope, req.params.id) })
}

/** Changes the fields sent; the group's name and the promotion's discount follow. Members move at their next evaluation. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateLoyaltyTierType>, res: MedusaResponse) => {
  await updateLoyaltyTierWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ tier: await retrieveLoyaltyTier(req.scope, req.params.id) })
}

/** Only a tier nobody holds; its customer group and promotion go with it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteLoyaltyTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "loyalty_tier", deleted: true })
}
