import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../../../../modules/loyalty"
import { assertCustomerExists, entryFields } from "../helpers"
import type { AdminLoyaltyEntriesParamsType } from "../validators"

/** U1: a customer's points history, newest first, optionally of one kind. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, kind } = req.validatedQuery as AdminLoyaltyEntriesParamsType
  await assertCustomerExists(req.scope, req.params.id)
  const loyalty: LoyaltyModuleService = req.scope.resolve(LOYALTY_MODULE)
  const [account] = await loyalty.listLoyaltyAccounts({ customer_id: req.params.id }, { select: ["id"], take: 1 })
  if (!account) return void res.json({ entries: [], count: 0, limit, offset })

  const [entries, count] = await loyalty.listAndCountPointsEntries(
    { account_id: account.id, ...(kind ? { kind } : {}) },
    { select: [...entryFields], skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ entries, count, limit, offset })
}
