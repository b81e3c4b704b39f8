import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCrmTagsWorkflow } from "../../../../../workflows/crm/workflows/delete-crm-tags"
import { updateCrmTagsWorkflow } from "../../../../../workflows/crm/workflows/update-crm-tags"
import { refetchCrmTag } from "../helpers"
import type { AdminUpdateCrmTagType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tag: await refetchCrmTag(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCrmTagType>, res: MedusaResponse) => {
  await updateCrmTagsWorkflow(req.scope).run({ input: { tags: [{ id: req.params.id, ...req.validatedBody }] } })
  res.json({ tag: await refetchCrmTag(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Deletes the tag and takes it off every customer. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCrmTagsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "crm_tag", deleted: true })
}
