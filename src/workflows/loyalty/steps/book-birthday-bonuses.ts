import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import { closeOpenedAccounts } from "./close-opened-accounts"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths, isoDay } from "../../../modules/loyalty/rules/dates"
import { POINTS_REASONS } from "../../../types/loyalty"

/** The birthdays ("YYYY-MM-DD" month-day patterns) celebrated on `day`: 29 February counts on the 28th in other years. */
export function birthdayPatterns(day: Date) {
  const monthDay = isoDay(day).slice(5)
  const year = day.getUTCFullYear()
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1
  return monthDay === "02-28" && !leap ? ["%-02-28", "%-02-29"] : [`%-${monthDay}`]
}

/**
 * L2, daily: gives members whose CRM birthday is on `now`'s day (UTC)
 * settings.birthday_bonus plus their tier's birthday_bonus_points, booked as
 * `birthday:<customer>:<year>`: once a year however often the job runs.
 */
export const bookBirthdayBonusesStep = createStep(
  "loyalty-book-birthday-bonuses",
  async (input: { now: Date }, { container }) => {
    const now = new Date(input.now)
    const crm: CrmModuleService = container.resolve(CRM_MODULE)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const profiles = await crm.listCrmProfiles(
      { $or: birthdayPatterns(now).map((pattern) => ({ birthday: { $like: pattern } })) },
      { select: ["customer_id"], take: null }
    )
    if (!profiles.length) return new StepResponse({ awarded: [] as { customer_id: string; points: number }[] }, { entry_ids: [] as string[], opened_ids: [] as string[] })

    const [settings, tiers, opened] = await Promise.all([
      loyalty.retrieveSettings(),
      loyalty.listLoyaltyTiers({}, { select: ["id", "birthday_bonus_points"], take: null }),
      loyalty.openAccounts(profiles.map((p) => p.customer_id)),
    ])
    const { accounts, opened_ids } = opened
    const tierBonus = new Map(tiers.map((t) => [t.id, t.birthday_bonus_points]))
    const expiresAt = settings.expiry_months ? addMonths(now, settings.expiry_months) : null
    const entries: (BookEntryInput & { customer_id: string })[] = []
    for (const account of accounts) {
      const tierId = (account as { tier_id?: string | null }).tier_id
      const points = settings.birthday_bonus + (tierId ? tierBonus.get(tierId) ?? 0 : 0)
      if (points <= 0) continue
      entries.push({
        customer_id: account.customer_id,
        account_id: account.id,
        kind: "earn",
        points,
        reference: `birthday:${account.customer_id}:${now.getUTCFullYear()}`,
        reason: POINTS_REASONS.birthday_bonus,
        available_at: now,
        expires_at: expiresAt,
      })
    }
    const { created } = await loyalty.bookEntries(entries.map(({ customer_id, ...entry }) => entry))
    const customerOf = new Map(entries.map((e) => [e.account_id, e.customer_id]))
    return new StepResponse(
      { awarded: created.map((e) => ({ customer_id: customerOf.get(e.account_id)!, points: e.points })) },
      { entry_ids: created.map((e) => e.id), opened_ids }
    )
  },
  async (undo, context) => {
    if (!undo) return
    if (undo.entry_ids.length) await context.container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).deletePointsEntries(undo.entry_ids)
    await closeOpenedAccounts(undo.opened_ids, context)
  }
)
