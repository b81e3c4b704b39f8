import { z } from "@medusajs/framework/zod"
import { name } from "../../utils/validators"
import { checkLeadContact, IntakeLeadFields, normaliseLeadContact } from "../../admin/crm/leads/validators"

/** A lead posted with an intake key: its source is the key's, so `source` may be left out. */
export const IntakeLead = IntakeLeadFields.extend({ source: name({ max: 200 }).optional() })
  .strict()
  .superRefine(checkLeadContact)
  .transform(normaliseLeadContact)

export type IntakeLeadType = z.infer<typeof IntakeLead>
