import { z } from "@medusajs/framework/zod"
import { TOUCH_POINT_DIRECTIONS, TOUCH_POINT_TYPES } from "../../../../modules/crm/models/touch-point"
import { DEFAULT_PHONE_COUNTRY, isPhoneCountry, toE164 } from "../../../../modules/crm/utils/phone"
import { isoDateTime, optionalText } from "../../../utils/validators"
import { AdminUpsertCrmProfile } from "../../customers/[id]/crm/validators"

const LeadTouchPoint = z
  .object({
    type: z.enum(TOUCH_POINT_TYPES).default("note"),
    channel: optionalText(100),
    direction: z.enum(TOUCH_POINT_DIRECTIONS).default("inbound"),
    summary: z.string().trim().min(1).max(5000),
    occurred_at: isoDateTime("touch_point.occurred_at").optional(),
  })
  .strict()

/**
 * A lead pushed by another system. The phone comes out in E.164 (read with
 * `country_code` when written nationally) and the email in lower case, so
 * the workflow matches customers on normalised values only.
 */
export const AdminIntakeLead = z
  .object({
    external_id: z.string().trim().min(1).max(200),
    source: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(320).nullish(),
    phone: z.string().trim().min(1).max(50).nullish(),
    country_code: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isPhoneCountry, "country_code: expected an ISO-3166 alpha-2 country code such as VN")
      .default(DEFAULT_PHONE_COUNTRY),
    first_name: optionalText(200),
    last_name: optionalText(200),
    // the sender names its source by name, in `source`; the profile's first source follows from it
    profile: AdminUpsertCrmProfile.omit({ source_id: true }).optional(),
    touch_point: LeadTouchPoint.optional(),
  })
  .strict()
  .superRefine((lead, ctx) => {
    if (!lead.email && !lead.phone) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "email: an email or a phone is required" })
    } else if (lead.phone && !toE164(lead.phone, lead.country_code)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: `phone: "${lead.phone}" is not a valid phone number` })
    }
  })
  .transform(({ phone, country_code, ...lead }) => ({
    ...lead,
    phone: phone ? toE164(phone, country_code) : null,
  }))

export type AdminIntakeLeadType = z.infer<typeof AdminIntakeLead>
