import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveLead } from "./helpers"
import type { AdminIntakeLeadType } from "./validators"

/**
 * P9 for server-to-server senders holding an admin credential (a secret API
 * key): a lead for any source. Booking widgets and lead forms use their own
 * intake key on `POST /intake/leads` instead.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIntakeLeadType>, res: MedusaResponse) => {
  res.json(await receiveLead(req.scope, { ...req.validatedBody, created_by: req.auth_context.actor_id }))
}
