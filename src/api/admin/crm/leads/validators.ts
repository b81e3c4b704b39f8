import { z } from "@medusajs/framework/zod"
import { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES } from "../../../../modules/crm/models/touch-point"
import { DEFAULT_PHONE_COUNTRY, hasPhoneExtension, isPhoneCountry, toE164 } from "../../../../modules/crm/phone"
import { fieldError, isoDateTime, name, optionalText, text } from "../../../utils/validators"
import { AdminUpsertCrmProfile } from "../../customers/[id]/crm/validators"

const LeadTouchPoint = z
  .object({
    type: z.enum(TOUCH_POINT_TYPES).default("note"),
    channel: optionalText(100),
    direction: z.enum(TOUCH_POINT_DIRECTIONS).default("inbound"),
    summary: text({ min: 1, max: 5000 }),
    occurred_at: isoDateTime().optional(),
  })
  .strict()

/**
 * A lead pushed by another system, whoever sends it (an intake key or the
 * admin API). The phone comes out in E.164 (read with `country_code` when
 * written nationally) and the email in lower case, so the workflow matches
 * customers on normalised values only.
 */
export const IntakeLeadFields = z
  .object({
    external_id: text({ min: 1, max: 200 }),
    source: name({ max: 200 }),
    email: text({ max: 320 }).pipe(z.string().toLowerCase().email()).nullish(),
    phone: text({ min: 1, max: 50 }).nullish(),
    country_code: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isPhoneCountry, fieldError("expected an ISO-3166 alpha-2 country code such as VN"))
      .default(DEFAULT_PHONE_COUNTRY),
    first_name: optionalText(200),
    last_name: optionalText(200),
    // the sender names its source by name, in `source`; the profile's first source follows from it
    profile: AdminUpsertCrmProfile.omit({ source_id: true }).optional(),
    touch_point: LeadTouchPoint.optional(),
  })
  .strict()

type LeadFields = z.infer<typeof IntakeLeadFields>

/** Email or phone, and a phone that reads as one number without an extension. */
export function checkLeadContact(lead: Pick<LeadFields, "email" | "phone" | "country_code">, ctx: z.RefinementCtx) {
  if (!lead.email && !lead.phone) {
    ctx.addIssue({ code: "custom", path: ["email"], message: "email: an email or a phone is required" })
  } else if (lead.phone && hasPhoneExtension(lead.phone, lead.country_code)) {
    ctx.addIssue({ code: "custom", path: ["phone"], message: `phone: "${lead.phone}" has an extension; send the number alone and the extension in the touch-point's summary` })
  } else if (lead.phone && !toE164(lead.phone, lead.country_code)) {
    ctx.addIssue({ code: "custom", path: ["phone"], message: `phone: "${lead.phone}" is not a valid phone number` })
  }
}

/** The phone in E.164; country_code has done its job. */
export const normaliseLeadContact = <T extends Pick<LeadFields, "phone" | "country_code">>({ phone, country_code, ...lead }: T) => ({
  ...lead,
  phone: phone ? toE164(phone, country_code) : null,
})

export const AdminIntakeLead = IntakeLeadFields.superRefine(checkLeadContact).transform(normaliseLeadContact)

export type AdminIntakeLeadType = z.infer<typeof AdminIntakeLead>
