import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CrmModule from "../modules/crm"

// Read-only: `customer.crm_tags` lists a customer's tag assignments (with `crm_tags.tag.*`).
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...CrmModule.linkable.customerTag.id, primaryKey: "customer_id", alias: "crm_tags", isList: true },
  { readOnly: true }
)
