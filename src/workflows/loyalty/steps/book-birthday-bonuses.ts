import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRM_MODULE, type CrmModuleService } from "../../../modules/crm"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths, isoDay } from "../../../modules/loyalty/rules/dates"

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
    if (!profiles.length) return new StepResponse({ awarded: [] as { customer_id: string; points: number }[] }, [] as string[])

    const [settings, tiers, accounts] = await Promise.all([
      loyalty.retrieveSettings(),
      loyalty.listLoyaltyTiers({}, { select: ["id", "birthday_bonus_points"], take: null }),
      loyalty.ensureAccounts(profiles.map((p) => p.customer_id)),
    ])
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
        reason: "Birthday bonus",
        available_at: now,
        expires_at: expiresAt,
      })
    }
    const { created } = await loyalty.bookEntries(entries.map(({ customer_id, ...entry }) => entry))
    const customerOf = new Map(entries.map((e) => [e.account_id, e.customer_id]))
    return new StepResponse(
      { awarded: created.map((e) => ({ customer_id: customerOf.get(e.account_id)!, points: e.points })) },
      created.map((e) => e.id)
    )
  },
  async (created, { container }) => {
    if (!created?.length) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.deletePointsEntries(created)
  }
)
