import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { evaluateCustomerSetWorkflow } from "../../../../../workflows/customer-sets/workflows/evaluate-customer-set"
import { refetchCustomerSet } from "../../helpers"

/** Re-evaluates the set now (a static set takes a new snapshot). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchCustomerSet(req.scope, req.params.id)
  await evaluateCustomerSetWorkflow(req.scope).run({ input: { set_id: req.params.id } })
  res.json({ customer_set: await refetchCustomerSet(req.scope, req.params.id) })
}
