import { z } from "@medusajs/framework/zod"

export const StoreLoyaltyEntriesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type StoreLoyaltyEntriesParamsType = z.infer<typeof StoreLoyaltyEntriesParams>
