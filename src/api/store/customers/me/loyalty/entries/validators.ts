import { z } from "@medusajs/framework/zod"
import { id, page } from "../../../../../utils/validators"

// `order_id`: the entries of one of her orders (the order page's "you earned N points")
export const StoreLoyaltyEntriesParams = z.object({ ...page(), order_id: id().optional() }).strict()

export type StoreLoyaltyEntriesParamsType = z.infer<typeof StoreLoyaltyEntriesParams>
