import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminTierHistoryParams } from "./validators"

export const adminCustomerTierHistoryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/loyalty/tier-history",
    middlewares: [validateAndTransformQuery(AdminTierHistoryParams, {})],
  },
]
