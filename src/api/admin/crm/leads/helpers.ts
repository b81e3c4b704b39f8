import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type IntakeLeadInput, intakeLeadWorkflow, leadSender } from "../../../../workflows/crm/workflows/intake-lead"
import { leadCustomerFields, leadFields } from "./query-config"

/**
 * Takes a lead in and answers `{ lead, customer }`. The first delivery takes
 * it in; any later one with the same source and external_id gets the same
 * answer and changes nothing.
 */
export async function receiveLead(container: MedusaContainer, input: IntakeLeadInput) {
  const key = { sender: leadSender(input.source), external_id: input.external_id }
  try {
    await intakeLeadWorkflow(container).run({ input })
  } catch (error) {
    // the lead's unique index stopped a duplicate the lock did not (two servers
    // without a shared locking provider): another delivery stored it, and that is the answer
    if (!(await retrieveLead(container, key))) throw error
  }
  return (await retrieveLead(container, key))!
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
  // null once the customer was deleted: the lead stays as the intake's log
  return { lead: leads[0], customer: customers[0] ?? null }
}
