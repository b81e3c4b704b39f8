import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomFieldsWorkflow } from "../../../../../workflows/crm/workflows/delete-custom-fields"
import { updateCustomFieldsWorkflow } from "../../../../../workflows/crm/workflows/update-custom-fields"
import { refetchCustomField } from "../helpers"
import type { AdminUpdateCustomFieldType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ custom_field: await refetchCustomField(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Changes label, options, required or rank; key and type are refused by the validator. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCustomFieldType>, res: MedusaResponse) => {
  await updateCustomFieldsWorkflow(req.scope).run({
    input: { custom_fields: [{ id: req.params.id, ...req.validatedBody }] },
  })
  res.json({ custom_field: await refetchCustomField(req.scope, req.params.id, req.queryConfig.fields) })
}

/** Deletes the field and the values profiles hold for it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCustomFieldsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "custom_field", deleted: true })
}
