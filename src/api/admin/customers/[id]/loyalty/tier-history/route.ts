import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import type { AdminTierHistoryParamsType } from "./validators"

/**
 * L6: the customer's tier changes, newest first, each with the tiers' names
 * (also of tiers deleted since), the reason and the spend that decided it.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminTierHistoryParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } })
  if (!customers.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  }
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.listLoyaltyAccounts({ customer_id: req.params.id }, { select: ["id"], take: 1 })
  if (!account) return void res.json({ tier_changes: [], count: 0, limit, offset })

  const [changes, count] = await loyalty.listAndCountTierChanges(
    { account_id: account.id },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  const tierIds = [...new Set(changes.flatMap((c) => [c.from_tier_id, c.to_tier_id]).filter(Boolean) as string[])]
  const tiers = tierIds.length
    ? await loyalty.listLoyaltyTiers({ id: tierIds }, { select: ["id", "handle", "name", "rank"], withDeleted: true, take: null })
    : []
  const tier = (id: string | null) => {
    const t = tiers.find((t) => t.id === id)
    return t ? { id: t.id, handle: t.handle, name: t.name, rank: t.rank } : null
  }
  res.json({
    tier_changes: changes.map((c) => ({
      id: c.id,
      from_tier: tier(c.from_tier_id),
      to_tier: tier(c.to_tier_id),
      reason: c.reason,
      spend: c.spend,
      created_at: c.created_at,
    })),
    count,
    limit,
    offset,
  })
}
