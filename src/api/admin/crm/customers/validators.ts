import { z } from "@medusajs/framework/zod"
import { id, idList, page, text } from "../../../utils/validators"

export const AdminListCrmCustomersParams = z
  .object({
    tag_id: idList().optional(),
    tag_match: z.enum(["any", "all"]).default("any"),
    q: text({ min: 1, max: 200 }).optional(),
    source_id: id().optional(),
    ...page({ limit: 50, max: 200 }),
  })
  .strict()

export type AdminListCrmCustomersParamsType = z.infer<typeof AdminListCrmCustomersParams>
