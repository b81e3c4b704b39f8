import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import CrmModule from "../modules/crm"

// Read-only: lets a touch-point be read with the staff member (admin user) who logged it.
export default defineLink(
  { linkable: CrmModule.linkable.touchPoint, field: "staff_user_id" },
  UserModule.linkable.user,
  { readOnly: true }
)
