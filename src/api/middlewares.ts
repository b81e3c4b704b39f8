import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCrmTagMiddlewares } from "./admin/crm/tags/middlewares"
import { adminCustomFieldMiddlewares } from "./admin/crm/custom-fields/middlewares"
import { adminCrmCustomerMiddlewares } from "./admin/crm/customers/middlewares"
import { adminCustomerCrmMiddlewares } from "./admin/customers/[id]/crm/middlewares"
import { adminCrmLeadMiddlewares } from "./admin/crm/leads/middlewares"
import { adminCrmSourceMiddlewares } from "./admin/crm/sources/middlewares"
import { adminCustomerTouchPointMiddlewares } from "./admin/customers/[id]/touch-points/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminCrmTagMiddlewares,
    ...adminCustomFieldMiddlewares,
    ...adminCrmCustomerMiddlewares,
    ...adminCustomerCrmMiddlewares,
    ...adminCrmLeadMiddlewares,
    ...adminCrmSourceMiddlewares,
    ...adminCustomerTouchPointMiddlewares,
  ],
})
