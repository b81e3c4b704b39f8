import { z } from "@medusajs/framework/zod"
import { fieldError, id } from "../../../utils/validators"

const CURRENCY = /^[a-z]{3}$/

type Bounds = { min: number; max: number; above?: boolean; places?: number }

/** Why `value` is not a number within `bounds`, or null. */
function numberProblem(value: unknown, { min, max, above = false, places = 4 }: Bounds) {
  if (typeof value !== "number" || !Number.isFinite(value) || (above ? value <= min : value < min) || value > max) {
    return `expected a number ${above ? "above" : "of at least"} ${min} and at most ${max}`
  }
  return Number(value.toFixed(places)) === value ? null : `expected at most ${places} decimals`
}

/**
 * An amount per currency: { vnd: 10000, usd: 1 }. Keys are 3-letter lowercase
 * ISO codes, as Medusa stores them; each amount within `bounds`.
 */
export const perCurrency = (bounds: Bounds) =>
  z
    .record(z.string(), z.unknown())
    .refine((map) => Object.keys(map).length > 0, fieldError("give at least one currency"))
    .refine(
      (map) => Object.keys(map).every((c) => CURRENCY.test(c)),
      fieldError((map) => {
        const bad = Object.keys(map as object).find((c) => !CURRENCY.test(c))
        return { at: String(bad), problem: 'expected a 3-letter lowercase currency code such as "vnd"' }
      })
    )
    .refine(
      (map) => Object.values(map).every((v) => numberProblem(v, bounds) === null),
      fieldError((map) => {
        const [currency, value] = Object.entries(map as object).find(([, v]) => numberProblem(v, bounds) !== null)!
        return { at: currency, problem: numberProblem(value, bounds)! }
      })
    ) as unknown as z.ZodType<Record<string, number>>

/** What a point costs to earn and is worth to spend, and a tier's threshold, per currency (major units). */
export const EARN_RATE = { min: 0.01, max: 1_000_000_000 }
export const POINT_VALUE = { min: 0, max: 1_000_000, above: true }
export const MIN_SPEND = { min: 0, max: 1_000_000_000_000 }
const MULTIPLIER = { min: 0, max: 100, above: true, places: 2 }

const count = (max: number) => z.number().int().min(0).max(max)

export const AdminUpdateLoyaltySettings = z
  .object({
    earn_rates: perCurrency(EARN_RATE),
    point_values: perCurrency(POINT_VALUE),
    // { <product collection id>: 2 } doubles the points on that collection
    collection_multipliers: z
      .record(id(), z.unknown())
      .refine(
        (map) => Object.values(map).every((v) => numberProblem(v, MULTIPLIER) === null),
        fieldError((map) => {
          const [collection, value] = Object.entries(map as object).find(([, v]) => numberProblem(v, MULTIPLIER) !== null)!
          return { at: collection, problem: numberProblem(value, MULTIPLIER)! }
        })
      ) as unknown as z.ZodType<Record<string, number>>,
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
