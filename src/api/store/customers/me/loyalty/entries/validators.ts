import { z } from "@medusajs/framework/zod"
import { page } from "../../../../../utils/validators"

export const StoreLoyaltyEntriesParams = z.object(page()).strict()

export type StoreLoyaltyEntriesParamsType = z.infer<typeof StoreLoyaltyEntriesParams>
