import { z } from "@medusajs/framework/zod"
import { page } from "../../../utils/validators"

export const AdminLoyaltyFailuresParams = z
  .object({
    // absent: all; "false": still failing; "true": resolved by a retry
    resolved: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    ...page(),
  })
  .strict()

export type AdminLoyaltyFailuresParamsType = z.infer<typeof AdminLoyaltyFailuresParams>
