import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCustomerSetWorkflow } from "../../../workflows/customer-sets/workflows/create-customer-set"
import { refetchCustomerSet } from "./helpers"
import type { AdminCreateCustomerSetType, AdminGetCustomerSetsParamsType } from "./validators"

/** Sets, searchable by name, of one kind when asked. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerSetsParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, kind } = req.validatedQuery as AdminGetCustomerSetsParamsType
  const { data, metadata } = await query.graph({
    entity: "customer_set",
    fields: req.queryConfig.fields,
    // `q`: customer_set's name_key is searchable
    filters: { ...(q ? { q } : {}), ...(kind ? { kind } : {}) },
    pagination: { ...req.queryConfig.pagination, order: { name_key: "ASC" } },
  })
  res.json({ customer_sets: data, count: metadata!.count, limit: metadata!.take, offset: metadata!.skip })
}

/** Creates a set with its Medusa customer group, evaluated at once. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCustomerSetType>, res: MedusaResponse) => {
  const { result } = await createCustomerSetWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ customer_set: await refetchCustomerSet(req.scope, result.id) })
}
