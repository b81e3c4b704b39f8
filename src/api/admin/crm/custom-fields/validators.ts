import { z } from "@medusajs/framework/zod"
import { CUSTOM_FIELD_TYPES } from "../../../../modules/crm/models/custom-field"
import { fieldError, fieldSelection, name, page } from "../../../utils/validators"
import { customFieldFields } from "./query-config"

const label = name({ max: 100 })
// whether options suit the field's type is checked in the workflow: on update the type is the stored one
const options = z
  .array(name({ max: 100 }))
  .max(200)
  .refine((list) => new Set(list).size === list.length, fieldError("each option must be different"))
  .nullish()
const rank = z.number().int().min(0).max(1_000_000)

export const AdminGetCustomFieldParams = z.object({ fields: fieldSelection(customFieldFields).optional() }).strict()

export const AdminGetCustomFieldsParams = AdminGetCustomFieldParams.extend(page({ limit: 50, max: 200 })).strict()

export const AdminCreateCustomField = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, fieldError("1 to 40 lower-case letters, digits or _, starting with a letter")),
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
