import { z } from "@medusajs/framework/zod"
import { page } from "../../../../../utils/validators"

export const AdminTierHistoryParams = z.object(page()).strict()

export type AdminTierHistoryParamsType = z.infer<typeof AdminTierHistoryParams>
