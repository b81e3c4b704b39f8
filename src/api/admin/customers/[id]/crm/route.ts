import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertCrmProfileWorkflow } from "../../../../../workflows/crm/workflows/upsert-crm-profile"
import { retrieveCustomerCrmProfile } from "../../../../utils/customer-crm-profile"
import type { AdminUpsertCrmProfileType } from "./validators"

/** The customer's CRM profile, or null until someone first writes it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const crm_profile = await retrieveCustomerCrmProfile(req.scope, req.params.id)
  res.json({ crm_profile })
}

/** Creates the profile on first write, else changes only the fields sent. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertCrmProfileType>,
  res: MedusaResponse
) => {
  await upsertCrmProfileWorkflow(req.scope).run({
    input: { customer_id: req.params.id, ...req.validatedBody },
  })
  const crm_profile = await retrieveCustomerCrmProfile(req.scope, req.params.id)
  res.json({ crm_profile })
}
