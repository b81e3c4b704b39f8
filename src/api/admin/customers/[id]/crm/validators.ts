import { z } from "@medusajs/framework/zod"
import { isoDate, optionalText } from "../../../../utils/validators"
import { GENDERS, SKIN_TYPES } from "../../../../../modules/crm/models/crm-profile"


export const AdminUpsertCrmProfile = z
  .object({
    birthday: isoDate("birthday").nullish(),
    gender: z.enum(GENDERS).nullish(),
    occupation: optionalText(),
    zalo: optionalText(100),
    wechat: optionalText(100),
    facebook: optionalText(200),
    skin_type: z.enum(SKIN_TYPES).nullish(),
    skin_concerns: z.array(z.string().trim().min(1).max(100)).max(30).nullish(),
    allergies: optionalText(2000),
    body_care_needs: optionalText(2000),
    preferred_staff: optionalText(200),
    preferred_time: optionalText(200),
    notes: optionalText(10000),
    custom_fields: z.record(z.string(), z.unknown()).nullish(),
    source_id: z.string().min(1).nullish(),
  })
  .strict()

export type AdminUpsertCrmProfileType = z.infer<typeof AdminUpsertCrmProfile>
