import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../../../modules/customer-sets"
import { customerSetFields } from "../../../customer-sets/query-config"

/** The sets a customer is in (as last evaluated), for her page. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // 404 for an unknown customer
  await query.graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } }, { throwIfKeyNotFound: true })
  const sets: CustomerSetsModuleService = req.scope.resolve(CUSTOMER_SETS_MODULE)
  const ids = await sets.setIdsOfCustomer(req.params.id)
  const { data } = ids.length
    ? await query.graph({ entity: "customer_set", fields: customerSetFields, filters: { id: ids }, pagination: { order: { name_key: "ASC" } } })
    : { data: [] }
  res.json({ customer_sets: data })
}
