import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../modules/loyalty"
import { redeemReference } from "../../../../../modules/loyalty/rules/redemption"
import { entryFields } from "../../../customers/[id]/loyalty/helpers"

/**
 * U1: an order's points for the order page: earned, redeemed at checkout,
 * reversed (cancel, refunds, returns; with what could not be recovered) and
 * given back (points spent on an order that was canceled), and the entries.
 * The redemption is booked on the order's cart as its completion starts,
 * before the order exists: it is found through the order ↔ cart link
 * (`redeem:cart:<cart id>`); every other entry carries the order's id.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; cart?: { id: string } | null } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)

  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const entries = await loyalty.listPointsEntries(
    { $or: [{ order_id: order.id }, ...(order.cart?.id ? [{ reference: redeemReference(order.cart.id) }] : [])] },
    { select: [...entryFields], order: { created_at: "ASC", id: "ASC" }, take: null }
  )
  const sum = (kind: string) => entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.points, 0)
  res.json({
    earned: sum("earn"),
    redeemed: -sum("redeem"),
    reversed: -sum("reverse"),
    unrecovered: entries.reduce((total, e) => total + Number((e.metadata as Record<string, unknown> | null)?.unrecovered_points ?? 0), 0),
    given_back: sum("adjust"),
    entries,
  })
}
