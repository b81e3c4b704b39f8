import { z } from "@medusajs/framework/zod"
import { nameKey } from "../../../../lib/text"
import { TAG_COLORS } from "../../../../types/crm"
import { fieldSelection, id, name, page, text } from "../../../utils/validators"
import { crmTagFields } from "./query-config"

const tagName = name({ max: 60 })
const customerIds = z.array(id()).max(1000)

export const AdminGetCrmTagParams = z.object({ fields: fieldSelection(crmTagFields).optional() }).strict()

export const AdminGetCrmTagsParams = AdminGetCrmTagParams.extend({
  // matched against the folded names: "DA KHÔ" finds "Da khô"
  q: text({ max: 100 }).transform(nameKey).optional(),
  ...page({ limit: 50, max: 200 }),
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
