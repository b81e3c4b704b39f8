import { z } from "@medusajs/framework/zod"
import { decimal, name } from "../../../utils/validators"
import { MIN_SPEND, perCurrency } from "../settings/validators"

const tierFields = {
  name: name({ max: 60 }),
  handle: z
    .string()
    .max(60)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: expected lowercase letters, digits and single dashes, such as \"gold\""),
  // which tier wins when a member reaches several: the highest rank
  rank: z.number().int().min(0).max(100),
  // reached when the spend in ANY of these currencies reaches its amount
  min_spend: perCurrency(MIN_SPEND),
  discount_percent: decimal({ min: 0, max: 100, places: 2 }),
  points_multiplier: decimal({ min: 0.1, max: 10, places: 2 }),
  birthday_bonus_points: z.number().int().min(0).max(1_000_000),
}

export const AdminCreateLoyaltyTier = z
  .object(tierFields)
  .partial({ handle: true, discount_percent: true, points_multiplier: true, birthday_bonus_points: true })
  .strict()
  .transform((tier) => ({ ...tier, handle: tier.handle ?? handleOf(tier.name) }))

export type AdminCreateLoyaltyTierType = z.infer<typeof AdminCreateLoyaltyTier>

export const AdminUpdateLoyaltyTier = z.object(tierFields).partial().strict()

export type AdminUpdateLoyaltyTierType = z.infer<typeof AdminUpdateLoyaltyTier>

/** "Kim Cương VIP" → "kim-cuong-vip" */
function handleOf(name: string) {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  return slug || "tier"
}
