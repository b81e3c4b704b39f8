import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { escapeLike } from "../../../lib/escape-like"

export type LeadCustomer = {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  crm_profile: { id: string; source_id: string | null } | null
}

export type LeadCustomerMatch = {
  matched_by: "email" | "phone" | "none"
  customer: LeadCustomer | null
}

const CUSTOMER_FIELDS = ["id", "email", "first_name", "last_name", "phone", "crm_profile.id", "crm_profile.source_id"]

/**
 * Finds the customer a lead belongs to: by email, ignoring case, else by the
 * E.164 phone, first on the CRM profile's `phone_e164` (kept in sync from the
 * customer's phone, whatever format staff typed it in), then on customers
 * whose phone is already stored in E.164. A registered account wins over a
 * guest record with the same email, and the oldest customer over newer ones.
 */
export const matchLeadCustomerStep = createStep(
  "match-lead-customer",
  async (lead: { email?: string | null; phone?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const firstCustomer = async (filters: Record<string, unknown>) => {
      const { data } = await query.graph({
        entity: "customer",
        fields: CUSTOMER_FIELDS,
        filters,
        pagination: { take: 1, order: { has_account: "DESC", created_at: "ASC" } },
      })
      return (data[0] as LeadCustomer | undefined) ?? null
    }
    const found = (matched_by: LeadCustomerMatch["matched_by"], customer: LeadCustomer | null) =>
      new StepResponse<LeadCustomerMatch>({ matched_by: customer ? matched_by : "none", customer })

    if (lead.email) {
      const customer = await firstCustomer({ email: { $ilike: escapeLike(lead.email) } })
      if (customer) return found("email", customer)
    }
    if (lead.phone) {
      const { data: profiles } = await query.graph({
        entity: "crm_profile",
        fields: ["customer_id"],
        filters: { phone_e164: lead.phone },
      })
      const byProfile = profiles.length
        ? await firstCustomer({ id: profiles.map((p: { customer_id: string }) => p.customer_id) })
        : null
      return found("phone", byProfile ?? (await firstCustomer({ phone: lead.phone })))
    }
    return found("none", null)
  }
)
