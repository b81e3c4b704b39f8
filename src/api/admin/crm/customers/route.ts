import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listCustomersCrm } from "./crm-profile"
import { customerIdsMatching } from "./helpers"
import type { AdminListCrmCustomersParamsType } from "./validators"

const customerFields = ["id", "email", "first_name", "last_name", "phone", "created_at"]

/** Medusa customers, newest first, with their CRM profile and tags; filterable by tags, source and text. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCrmCustomersParamsType>,
  res: MedusaResponse
) => {
  const { q, limit, offset, ...crmFilters } = req.validatedQuery as AdminListCrmCustomersParamsType
  const ids = await customerIdsMatching(req.scope, crmFilters)
  if (ids && !ids.length) {
    return res.json({ customers: [], count: 0, limit, offset })
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer",
    fields: customerFields,
    filters: { ...(ids && { id: ids }), ...(q && { q }) },
    // id breaks ties between customers created in the same instant, so pages never overlap
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const crm = await listCustomersCrm(req.scope, data.map((c) => c.id))
  res.json({
    customers: data.map((c) => ({ ...c, ...crm.get(c.id)! })),
    count: metadata!.count,
    limit,
    offset,
  })
}
