import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCrmSourceWorkflow } from "../../../../../workflows/crm/workflows/delete-crm-source"
import { updateCrmSourceWorkflow } from "../../../../../workflows/crm/workflows/update-crm-source"
import { retrieveCrmSource } from "../helpers"
import type { AdminUpdateCrmSourceType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ source: await retrieveCrmSource(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCrmSourceType>, res: MedusaResponse) => {
  await updateCrmSourceWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ source: await retrieveCrmSource(req.scope, req.params.id) })
}

/** Customers who came through it keep their profiles, shown with no source. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCrmSourceWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "crm_source", deleted: true })
}
