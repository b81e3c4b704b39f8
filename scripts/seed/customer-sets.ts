import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { nameKey } from "../../src/lib/text"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../src/modules/customer-sets"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../src/modules/loyalty"
import type { SetRuleGroup } from "../../src/types/customer-sets"
import { createCustomerSetWorkflow } from "../../src/workflows/customer-sets/workflows/create-customer-set"
import { createSetPromotionWorkflow, type CreateSetPromotionInput } from "../../src/workflows/customer-sets/workflows/create-set-promotion"

export type SeedCustomerSetsOptions = {
  /** the demo's clock: sets are evaluated at this moment, and "the coming January" is counted from it */
  now: Date
}

export const BIRTHDAY_PROMOTION_CODE = "BDAYJAN20"
/** 10 % off for Gold members and above, for a year from the seeding month: the storefront's member shows it at checkout */
export const GOLD_PROMOTION_CODE = "GOLD10"

/**
 * The demo spa's customer sets (S1), the birthday promotion and the Gold
 * members' code (S2), made the
 * way the admin makes them (through the workflows, each with its Medusa
 * customer group, evaluated at `now`). Run it after the customers, their CRM
 * profiles, orders (facts) and loyalty tiers are seeded. A second run changes
 * nothing: the sets and the code are found by name.
 */
export async function seedCustomerSets(container: MedusaContainer, { now }: SeedCustomerSetsOptions) {
  const sets: CustomerSetsModuleService = container.resolve(CUSTOMER_SETS_MODULE)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const [gold] = await loyalty.listLoyaltyTiers({ handle: "gold" }, { select: ["id"] })
  const definitions: { name: string; description: string; rules: SetRuleGroup }[] = [
    {
      name: "January birthdays",
      description: "Customers born in January: the birthday promotion's audience.",
      rules: { combinator: "and", rules: [{ field: "birthday_month", operator: "in", value: [1] }] },
    },
    ...(gold
      ? [
          {
            name: "Gold and above",
            description: "Members of the Gold tier or higher: the audience of the GOLD10 thank-you code.",
            rules: { combinator: "and" as const, rules: [{ field: "tier" as const, operator: "at_least" as const, value: [gold.id] }] },
          },
          {
            name: "Gold and above with sensitive skin",
            description: "Loyal members to invite to the gentle-care treatments.",
            rules: {
              combinator: "and" as const,
              rules: [
                { field: "tier" as const, operator: "at_least" as const, value: [gold.id] },
                { field: "skin_type" as const, operator: "in" as const, value: ["sensitive"] },
              ],
            },
          },
        ]
      : []),
    {
      name: "Lapsed 90 days",
      description: "No visit for three months or more: a win-back campaign.",
      rules: { combinator: "and", rules: [{ field: "days_since_last_order", operator: "gte", value: 90 }] },
    },
  ]

  const ids: Record<string, string> = {}
  for (const definition of definitions) {
    const [existing] = await sets.listCustomerSets({ name_key: nameKey(definition.name) }, { select: ["id"] })
    ids[definition.name] = existing
      ? existing.id
      : (await createCustomerSetWorkflow(container).run({ input: { ...definition, kind: "dynamic", now } })).result.id
  }

  // 1–31 January of the coming January (this one while it is still January), in the spa's day (UTC here)
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() : now.getUTCFullYear() + 1
  const promotion_id = await ensureSetPromotion(container, {
    set_id: ids["January birthdays"],
    code: BIRTHDAY_PROMOTION_CODE,
    type: "percentage",
    value: 20,
    starts_at: new Date(Date.UTC(year, 0, 1)).toISOString(),
    ends_at: new Date(Date.UTC(year, 1, 1) - 1).toISOString(),
    limit_per_customer: 1,
  })
  // GOLD10: live now, so the printed Gold member can use it on the storefront (Medusa checks the real clock)
  if (ids["Gold and above"]) {
    await ensureSetPromotion(container, {
      set_id: ids["Gold and above"],
      code: GOLD_PROMOTION_CODE,
      type: "percentage",
      value: 10,
      starts_at: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      ends_at: new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), 1) - 1).toISOString(),
    })
  }
  return { set_ids: ids, promotion_id }
}

/** A set's promotion, found by its code or made as the admin makes it; its id. */
async function ensureSetPromotion(container: MedusaContainer, input: CreateSetPromotionInput) {
  const [existing] = await container.resolve(Modules.PROMOTION).listPromotions({ code: input.code }, { select: ["id"] })
  return existing?.id ?? (await createSetPromotionWorkflow(container).run({ input })).result.id
}
