import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createIntakeKeyWorkflow } from "../../../../workflows/crm/workflows/create-intake-key"
import { listIntakeKeys, retrieveIntakeKey } from "./helpers"
import type { AdminCreateIntakeKeyType, AdminIntakeKeysParamsType } from "./validators"

/** P9: the credentials other systems post leads with, newest first; tokens are never listed. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminIntakeKeysParamsType>, res: MedusaResponse) => {
  const { revoked, limit, offset } = req.validatedQuery as AdminIntakeKeysParamsType
  const filters = revoked === undefined ? {} : { revoked_at: revoked ? { $ne: null } : null }
  const page = await listIntakeKeys(req.scope, filters, { skip: offset, take: limit })
  res.json({ ...page, limit, offset })
}

/** Creates a key for one source; the answer carries its token, shown this once. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateIntakeKeyType>, res: MedusaResponse) => {
  const { result } = await createIntakeKeyWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.json({ intake_key: await retrieveIntakeKey(req.scope, result.id), token: result.token })
}
