import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { nameKey } from "../../../lib/text"
import { receiveLead } from "../../admin/crm/leads/helpers"
import type { IntakeRequest } from "./middlewares"
import type { IntakeLeadType } from "./validators"

/**
 * P9 for booking widgets, lead forms and chatbots: a lead posted with an
 * intake key, a credential that can do nothing else. The key names the
 * source (the sender); a `source` in the body must be that one. Same answer
 * and idempotency as the admin route.
 */
export const POST = async (req: IntakeRequest<IntakeLeadType>, res: MedusaResponse) => {
  const { source, ...lead } = req.validatedBody
  const keySource = req.intake_key.source.name
  if (source && nameKey(source) !== nameKey(keySource)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `source: this intake key posts leads for "${keySource}" only`)
  }
  res.json(await receiveLead(req.scope, { ...lead, source: keySource, created_by: req.intake_key.id, intake_key_id: req.intake_key.id }))
}
