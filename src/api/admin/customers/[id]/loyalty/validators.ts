import { z } from "@medusajs/framework/zod"
import { ENTRY_KINDS } from "../../../../../modules/loyalty/models/points-entry"

export const AdminLoyaltyEntriesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    kind: z.enum(ENTRY_KINDS).optional(),
  })
  .strict()

export type AdminLoyaltyEntriesParamsType = z.infer<typeof AdminLoyaltyEntriesParams>

export const AdminAdjustLoyaltyPoints = z
  .object({
    // a debit is checked against the spendable balance by the ledger itself
    points: z
      .number()
      .int()
      .min(-1_000_000_000)
      .max(1_000_000_000)
      .refine((points) => points !== 0, "points: must not be 0"),
    reason: z.string().trim().min(3).max(500),
    idempotency_key: z.string().trim().min(1).max(200).optional(),
  })
  .strict()

export type AdminAdjustLoyaltyPointsType = z.infer<typeof AdminAdjustLoyaltyPoints>
