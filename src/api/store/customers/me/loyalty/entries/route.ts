import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import { storeLoyaltyEntryFields } from "./query-config"
import type { StoreLoyaltyEntriesParamsType } from "./validators"

/** L7: the signed-in member's points history, newest first, a page at a time (or one order's entries). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreLoyaltyEntriesParamsType>, res: MedusaResponse) => {
  const { limit, offset, order_id } = req.validatedQuery as StoreLoyaltyEntriesParamsType
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.listLoyaltyAccounts({ customer_id: req.auth_context.actor_id }, { take: 1 })
  const [entries, count] = account
    ? await loyalty.listAndCountPointsEntries(
        { account_id: account.id, ...(order_id ? { order_id } : {}) },
        { select: storeLoyaltyEntryFields, order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
      )
    : [[], 0]
  res.json({ entries, count, limit, offset })
}
