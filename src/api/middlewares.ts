import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCustomerCrmMiddlewares } from "./admin/customers/[id]/crm/middlewares"

export default defineMiddlewares({
  routes: [...adminCustomerCrmMiddlewares],
})
