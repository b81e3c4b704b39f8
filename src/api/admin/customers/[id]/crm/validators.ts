import { z } from "@medusajs/framework/zod"
import { GENDERS, SKIN_TYPES } from "../../../../../modules/crm/models/crm-profile"
import { id, isoDate, jsonObject, name, optionalText } from "../../../../utils/validators"

export const AdminUpsertCrmProfile = z
  .object({
    birthday: isoDate({ past: true }).nullish(),
    gender: z.enum(GENDERS).nullish(),
    occupation: optionalText(),
    zalo: optionalText(100),
    wechat: optionalText(100),
    facebook: optionalText(200),
    skin_type: z.enum(SKIN_TYPES).nullish(),
    skin_concerns: z.array(name({ max: 100 })).max(30).nullish(),
    allergies: optionalText(2000),
    body_care_needs: optionalText(2000),
    preferred_staff: optionalText(200),
    preferred_time: optionalText(200),
    notes: optionalText(10000),
    // each value is checked against the spa's field definitions in the workflow
    custom_fields: jsonObject({ depth: 1, bytes: 65_536 }).nullish(),
    source_id: id().nullish(),
  })
  .strict()

export type AdminUpsertCrmProfileType = z.infer<typeof AdminUpsertCrmProfile>
