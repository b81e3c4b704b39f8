import { z } from "@medusajs/framework/zod"
import { id, name, page } from "../../../utils/validators"

export const AdminCreateIntakeKey = z
  .object({
    // who sends with it: "Website booking widget", "Facebook lead-ads forwarder"
    name: name({ max: 100 }),
    source_id: id(),
  })
  .strict()

export type AdminCreateIntakeKeyType = z.infer<typeof AdminCreateIntakeKey>

export const AdminIntakeKeysParams = z
  .object({ revoked: z.enum(["true", "false"]).transform((v) => v === "true").optional(), ...page({ limit: 50 }) })
  .strict()

export type AdminIntakeKeysParamsType = z.infer<typeof AdminIntakeKeysParams>
