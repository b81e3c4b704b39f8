import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminAdjustLoyaltyPoints, AdminLoyaltyEntriesParams } from "./validators"

export const adminCustomerLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/loyalty/entries",
    middlewares: [validateAndTransformQuery(AdminLoyaltyEntriesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/loyalty/adjustments",
    middlewares: [validateAndTransformBody(AdminAdjustLoyaltyPoints)],
  },
]
