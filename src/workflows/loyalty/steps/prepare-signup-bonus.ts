import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { closeOpenedAccounts } from "./close-opened-accounts"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths } from "../../../modules/loyalty/rules/dates"
import { POINTS_REASONS } from "../../../types/loyalty"

export type SignupBonus = {
  account_id: string
  /** the account whose referral code the customer signed up with; null without (or with an unknown or her own) code */
  referrer_account_id: string | null
  entries: BookEntryInput[]
}

/**
 * L2 on `customer.created`: opens the new customer's account, finds the member
 * who referred her (`metadata.referral_code` at sign-up, never herself) and,
 * when she registered a store account (a shopper signing up, not a customer
 * the staff or a lead form created), her sign-up bonus `signup:<customer_id>`.
 */
export const prepareSignupBonusStep = createStep(
  "loyalty-prepare-signup-bonus",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "has_account", "metadata"], filters: { id: customer_id } })
    const customer = data[0] as { id: string; has_account: boolean; metadata: Record<string, unknown> | null } | undefined
    if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customer_id} was not found`)

    const [settings, { accounts: [account], opened_ids }] = await Promise.all([loyalty.retrieveSettings(), loyalty.openAccounts([customer_id])])
    const code = typeof customer.metadata?.referral_code === "string" ? customer.metadata.referral_code.trim().toUpperCase() : ""
    const [referrer] = code ? await loyalty.listLoyaltyAccounts({ referral_code: code }, { select: ["id", "customer_id"] }) : []

    const entries: BookEntryInput[] = []
    if (customer.has_account && settings.signup_bonus > 0) {
      const now = new Date()
      entries.push({
        account_id: account.id,
        kind: "earn",
        points: settings.signup_bonus,
        reference: `signup:${customer_id}`,
        reason: POINTS_REASONS.signup_bonus,
        available_at: now,
        expires_at: settings.expiry_months ? addMonths(now, settings.expiry_months) : null,
      })
    }
    return new StepResponse({
      account_id: account.id,
      referrer_account_id: referrer && referrer.customer_id !== customer_id ? referrer.id : null,
      entries,
    } as SignupBonus, opened_ids)
  },
  closeOpenedAccounts
)
