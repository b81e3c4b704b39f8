import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertCrmProfileWorkflow } from "../../../../../workflows/crm/workflows/upsert-crm-profile"
import { retrieveCustomerCrm } from "../../../crm/customers/crm-profile"
import type { AdminUpsertCrmProfileType } from "./validators"

/** The customer's CRM profile (null until someone first writes it) and tags, for the admin widget. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveCustomerCrm(req.scope, req.params.id))
}

/** Creates the profile on first write, else changes only the fields sent. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertCrmProfileType>,
  res: MedusaResponse
) => {
  await upsertCrmProfileWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody },
  })
  res.json(await retrieveCustomerCrm(req.scope, req.params.id))
}
