import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createLoyaltyTierWorkflow } from "../../../../workflows/loyalty/workflows/create-loyalty-tier"
import { listLoyaltyTiers, retrieveLoyaltyTier } from "./helpers"
import type { AdminCreateLoyaltyTierType } from "./validators"

/** U1: the tiers by rank, with their thresholds, benefits, Medusa group and promotion, and member_count. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tiers: await listLoyaltyTiers(req.scope) })
}

/** Adds a tier; its customer group (and promotion, with a discount) are created with it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateLoyaltyTierType>, res: MedusaResponse) => {
  const { result } = await createLoyaltyTierWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ tier: await retrieveLoyaltyTier(req.scope, result.id) })
}
