import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/**
 * Records who referred a member, once: an account that already names its
 * referrer keeps it (a replayed sign-up changes nothing).
 */
export const setReferrerStep = createStep(
  "loyalty-set-referrer",
  async ({ account_id, referrer_account_id }: { account_id: string; referrer_account_id: string | null }, { container }) => {
    if (!referrer_account_id || referrer_account_id === account_id) return new StepResponse(false, null)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [account] = await loyalty.listLoyaltyAccounts({ id: account_id }, { select: ["id", "referred_by_account_id"] })
    if (!account || account.referred_by_account_id) return new StepResponse(false, null)
    await loyalty.updateLoyaltyAccounts({ id: account_id, referred_by_account_id: referrer_account_id })
    return new StepResponse(true, account_id)
  },
  async (accountId, { container }) => {
    if (!accountId) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.updateLoyaltyAccounts({ id: accountId, referred_by_account_id: null })
  }
)
