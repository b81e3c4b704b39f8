import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeIntakeKeyWorkflow } from "../../../../../../workflows/crm/workflows/revoke-intake-key"
import { retrieveIntakeKey } from "../../helpers"

/** Stops a key at once (Medusa's own `POST /admin/api-keys/:id/revoke` shape). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await revokeIntakeKeyWorkflow(req.scope).run({ input: { id: req.params.id, revoked_by: req.auth_context.actor_id } })
  res.json({ intake_key: await retrieveIntakeKey(req.scope, req.params.id) })
}
