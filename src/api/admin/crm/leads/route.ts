import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { intakeLeadWorkflow, leadSender } from "../../../../workflows/crm/workflows/intake-lead"
import { leadCustomerFields, leadFields } from "./query-config"
import type { AdminIntakeLeadType } from "./validators"

/**
 * P9: another system (booking widget, call centre, lead-ads forwarder) pushes a
 * lead with a secret API key. The first delivery takes it in; any later one
 * with the same source and external_id gets the same answer and changes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIntakeLeadType>, res: MedusaResponse) => {
  const key = { sender: leadSender(req.validatedBody.source), external_id: req.validatedBody.external_id }
  try {
    await intakeLeadWorkflow(req.scope).run({
      input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
    })
  } catch (error) {
    // the lead's unique index stopped a duplicate the lock did not (or the lock wait
    // timed out): another delivery stored this lead, and that is the answer
    if (!(await retrieveLead(req.scope, key))) throw error
  }
  res.json(await retrieveLead(req.scope, key))
}

async function retrieveLead(container: MedusaContainer, key: { sender: string; external_id: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: leads } = await query.graph({ entity: "lead", fields: leadFields, filters: key })
  if (!leads.length) return null
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: leadCustomerFields,
    filters: { id: leads[0].customer_id },
  })
  return { lead: leads[0], customer: customers[0] ?? null }
}
