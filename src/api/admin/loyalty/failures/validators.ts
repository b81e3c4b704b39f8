import { z } from "@medusajs/framework/zod"

export const AdminLoyaltyFailuresParams = z
  .object({
    // absent: all; "false": still failing; "true": resolved by a retry
    resolved: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminLoyaltyFailuresParamsType = z.infer<typeof AdminLoyaltyFailuresParams>
