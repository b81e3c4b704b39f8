import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeTagCustomersWorkflow } from "../../../../../../workflows/crm/workflows/change-tag-customers"
import { refetchCrmTag } from "../../helpers"
import type { AdminChangeTagCustomersType } from "../../validators"

/** Tags and untags customers in bulk; answers which ones really changed. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminChangeTagCustomersType>, res: MedusaResponse) => {
  const { result } = await changeTagCustomersWorkflow(req.scope).run({
    input: { tag_id: req.params.id, ...req.validatedBody },
  })
  res.json({
    tag: await refetchCrmTag(req.scope, req.params.id, req.queryConfig.fields),
    added: result.added,
    removed: result.removed,
  })
}
