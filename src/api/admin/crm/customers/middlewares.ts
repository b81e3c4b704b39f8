import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListCrmCustomersParams } from "./validators"

export const adminCrmCustomerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/crm/customers",
    middlewares: [validateAndTransformQuery(AdminListCrmCustomersParams, { isList: true, entity: "customer" })],
  },
]
