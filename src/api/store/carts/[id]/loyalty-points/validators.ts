import { z } from "@medusajs/framework/zod"

/**
 * Whole points, at least 1: a 0, a fraction or a string is refused here, so
 * "no amount" can never be read as "the whole balance".
 */
export const StoreApplyLoyaltyPoints = z
  .object({
    points: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict()

export type StoreApplyLoyaltyPointsType = z.infer<typeof StoreApplyLoyaltyPoints>
