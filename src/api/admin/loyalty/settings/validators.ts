import { z } from "@medusajs/framework/zod"

// Medusa prints the path of zod's built-in issues but only the message of
// custom ones, so custom messages name their field themselves.

const CURRENCY = /^[a-z]{3}$/

/**
 * An amount per currency: { vnd: 10000, usd: 1 }. Keys are 3-letter lowercase
 * ISO codes, as Medusa stores them; `positive` demands > 0, else ≥ 0.
 */
export const perCurrency = (field: string, { positive }: { positive: boolean }) =>
  z.record(z.string(), z.unknown()).superRefine((map, ctx) => {
    if (!Object.keys(map).length) ctx.addIssue({ code: "custom", message: `${field}: give at least one currency` })
    for (const [currency, value] of Object.entries(map)) {
      if (!CURRENCY.test(currency)) {
        ctx.addIssue({ code: "custom", message: `${field}.${currency}: expected a 3-letter lowercase currency code such as "vnd"` })
      } else if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
        ctx.addIssue({ code: "custom", message: `${field}.${currency}: expected a number ${positive ? "greater than 0" : "of 0 or more"}` })
      }
    }
  }) as unknown as z.ZodType<Record<string, number>>

const count = (max: number) => z.number().int().min(0).max(max)

export const AdminUpdateLoyaltySettings = z
  .object({
    earn_rates: perCurrency("earn_rates", { positive: true }),
    point_values: perCurrency("point_values", { positive: true }),
    collection_multipliers: z.record(z.string(), z.unknown()).superRefine((map, ctx) => {
      for (const [collection, value] of Object.entries(map)) {
        if (typeof value !== "number" || !(value > 0) || value > 100) {
          ctx.addIssue({ code: "custom", message: `collection_multipliers.${collection}: expected a number above 0, at most 100` })
        }
      }
    }) as unknown as z.ZodType<Record<string, number>>,
    pending_days: count(365),
    expiry_months: count(120),
    expiry_warning_days: count(365),
    signup_bonus: count(1_000_000),
    birthday_bonus: count(1_000_000),
    referral_bonus_referrer: count(1_000_000),
    referral_bonus_referee: count(1_000_000),
    min_redeem_points: count(100_000_000),
    max_redeem_percent: z.number().int().min(1).max(100),
    tier_window: z.enum(["lifetime", "rolling"]),
    tier_window_months: z.number().int().min(1).max(120),
    downgrade_nightly_only: z.boolean(),
  })
  .partial()
  .strict()

export type AdminUpdateLoyaltySettingsType = z.infer<typeof AdminUpdateLoyaltySettings>
