import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CrmModule from "../modules/crm"

// Read-only: the profile stores customer_id itself, so no link table is needed.
// Exposes `customer.crm_profile` to query.graph and `?fields=+crm_profile.*`.
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...CrmModule.linkable.crmProfile.id, primaryKey: "customer_id" },
  { readOnly: true }
)
