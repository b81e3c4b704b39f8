import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CUSTOMER_FACTS_MODULE, type CustomerFactsModuleService } from "../../../../../modules/customer-facts"

/** Her behaviour scores and class (all null until she has a counted order and a run scored her); 404 for no such customer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const facts: CustomerFactsModuleService = req.scope.resolve(CUSTOMER_FACTS_MODULE)
  const [{ data }, behaviour] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id"], filters: { id: req.params.id } }),
    facts.retrieveCustomerBehaviour(req.params.id),
  ])
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${req.params.id} was not found`)
  res.json({ behaviour })
}
