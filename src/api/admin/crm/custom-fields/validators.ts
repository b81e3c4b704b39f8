import { z } from "@medusajs/framework/zod"
import { CUSTOM_FIELD_TYPES } from "../../../../modules/crm/models/custom-field"

const label = z.string().trim().min(1).max(100)
// whether options suit the field's type is checked in the workflow: on update the type is the stored one
const options = z
  .array(z.string().trim().min(1).max(100))
  .max(200)
  .refine((list) => new Set(list).size === list.length, "options: each option must be different")
  .nullish()
const rank = z.number().int().min(0).max(1_000_000)

export const AdminGetCustomFieldParams = z.object({ fields: z.string().optional() }).strict()

export const AdminGetCustomFieldsParams = AdminGetCustomFieldParams.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}).strict()

export const AdminCreateCustomField = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, "key: 1 to 40 lower-case letters, digits or _, starting with a letter"),
    label,
    type: z.enum(CUSTOM_FIELD_TYPES),
    options,
    required: z.boolean().default(false),
    rank: rank.default(0),
  })
  .strict()

/** No key or type: profile values are stored and validated under them. */
export const AdminUpdateCustomField = z
  .object({ label: label.optional(), options, required: z.boolean().optional(), rank: rank.optional() })
  .strict()

export type AdminCreateCustomFieldType = z.infer<typeof AdminCreateCustomField>
export type AdminUpdateCustomFieldType = z.infer<typeof AdminUpdateCustomField>
