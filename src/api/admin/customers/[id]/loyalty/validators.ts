import { z } from "@medusajs/framework/zod"
import { ENTRY_KINDS } from "../../../../../modules/loyalty/models/points-entry"
import { fieldError, page, text } from "../../../../utils/validators"

export const AdminLoyaltyEntriesParams = z
  .object({ ...page(), kind: z.enum(ENTRY_KINDS).optional() })
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
      .refine((points) => points !== 0, fieldError("must not be 0")),
    // why, for the staff: never shown to the member
    note: text({ min: 3, max: 500 }),
    // what the member reads in her points history; a neutral default without it
    reason: text({ min: 3, max: 200 }).optional(),
    idempotency_key: text({ min: 1, max: 200 }).optional(),
  })
  .strict()

export type AdminAdjustLoyaltyPointsType = z.infer<typeof AdminAdjustLoyaltyPoints>
