import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCrmTagsWorkflow } from "../../../../workflows/crm/workflows/create-crm-tags"
import { refetchCrmTag, withCustomerCounts } from "./helpers"
import type { AdminCreateCrmTagType, AdminGetCrmTagsParamsType } from "./validators"

/** Tags with how many customers carry each, searchable by name. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCrmTagsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "crm_tag",
    fields: req.queryConfig.fields,
    // only `q`: crm_tag's name is searchable
    filters: req.filterableFields as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    tags: await withCustomerCounts(req.scope, data as { id: string }[]),
    count: metadata!.count,
    limit: metadata!.take,
    offset: metadata!.skip,
  })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCrmTagType>, res: MedusaResponse) => {
  const { result } = await createCrmTagsWorkflow(req.scope).run({ input: { tags: [req.validatedBody] } })
  res.json({ tag: await refetchCrmTag(req.scope, result[0].id, req.queryConfig.fields) })
}
