import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomFieldsWorkflow } from "../../../../workflows/crm/workflows/create-custom-fields"
import { refetchCustomField } from "./helpers"
import type { AdminCreateCustomFieldType } from "./validators"

/** The spa's custom profile fields, in the order the profile shows them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "custom_field",
    fields: req.queryConfig.fields,
    pagination: { ...req.queryConfig.pagination, order: { rank: "ASC", created_at: "ASC", id: "ASC" } },
  })
  res.json({ custom_fields: data, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCustomFieldType>, res: MedusaResponse) => {
  const { result } = await createCustomFieldsWorkflow(req.scope).run({ input: { custom_fields: [req.validatedBody] } })
  res.json({ custom_field: await refetchCustomField(req.scope, result[0].id, req.queryConfig.fields) })
}
