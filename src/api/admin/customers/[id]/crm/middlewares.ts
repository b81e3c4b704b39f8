import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpsertCrmProfile } from "./validators"

export const adminCustomerCrmMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/crm",
    middlewares: [validateAndTransformBody(AdminUpsertCrmProfile)],
  },
]
