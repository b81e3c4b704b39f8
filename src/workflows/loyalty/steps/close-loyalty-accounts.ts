import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/**
 * Closes deleted customers' loyalty accounts: they leave their tier's member
 * count and book nothing more, while their ledger entries stay as the
 * accounting record of points given and spent. Undo reopens them.
 */
export const closeLoyaltyAccountsStep = createStep(
  "loyalty-close-accounts",
  async (customerIds: string[], { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const accounts = await loyalty.listLoyaltyAccounts({ customer_id: customerIds }, { select: ["id"], take: null })
    const ids = accounts.map((a) => a.id)
    if (ids.length) await loyalty.softDeleteLoyaltyAccounts(ids)
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.restoreLoyaltyAccounts(ids)
  }
)
