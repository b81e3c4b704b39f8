import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCrmSourceWorkflow } from "../../../../workflows/crm/workflows/create-crm-source"
import { listCrmSources, retrieveCrmSource } from "./helpers"
import type { AdminCreateCrmSourceType, AdminCrmSourcesParamsType } from "./validators"

/** P4: the marketing channels, by name, each with how many customers it brought. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminCrmSourcesParamsType>,
  res: MedusaResponse
) => {
  const { q, limit, offset } = req.validatedQuery as AdminCrmSourcesParamsType
  const page = await listCrmSources(req.scope, q ? { q } : {}, { skip: offset, take: limit })
  res.json({ ...page, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCrmSourceType>, res: MedusaResponse) => {
  const { result } = await createCrmSourceWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ source: await retrieveCrmSource(req.scope, result.id) })
}
