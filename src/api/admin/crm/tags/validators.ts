import { z } from "@medusajs/framework/zod"
import { TAG_COLORS } from "../../../../workflows/crm/steps/crm-tags"

const tagName = z.string().trim().min(1).max(60)
const customerIds = z.array(z.string().min(1)).max(1000)

export const AdminGetCrmTagParams = z.object({ fields: z.string().optional() }).strict()

export const AdminGetCrmTagsParams = AdminGetCrmTagParams.extend({
  q: z.string().trim().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.enum(["name", "-name", "created_at", "-created_at", "updated_at", "-updated_at"]).default("name"),
}).strict()

export const AdminCreateCrmTag = z
  .object({ name: tagName, color: z.enum(TAG_COLORS).default("grey") })
  .strict()

export const AdminUpdateCrmTag = z
  .object({ name: tagName.optional(), color: z.enum(TAG_COLORS).optional() })
  .strict()

/** Medusa's batch-link shape: customers to tag and to untag. */
export const AdminChangeTagCustomers = z
  .object({ add: customerIds.optional(), remove: customerIds.optional() })
  .strict()
  .refine((body) => !!(body.add?.length || body.remove?.length), "add, remove: list at least one customer id")

export type AdminGetCrmTagsParamsType = z.infer<typeof AdminGetCrmTagsParams>
export type AdminCreateCrmTagType = z.infer<typeof AdminCreateCrmTag>
export type AdminUpdateCrmTagType = z.infer<typeof AdminUpdateCrmTag>
export type AdminChangeTagCustomersType = z.infer<typeof AdminChangeTagCustomers>
