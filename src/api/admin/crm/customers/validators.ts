import { z } from "@medusajs/framework/zod"
import { stringList } from "../../../utils/validators"

export const AdminListCrmCustomersParams = z
  .object({
    tag_id: stringList.optional(),
    tag_match: z.enum(["any", "all"]).default("any"),
    q: z.string().trim().min(1).optional(),
    source_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminListCrmCustomersParamsType = z.infer<typeof AdminListCrmCustomersParams>
