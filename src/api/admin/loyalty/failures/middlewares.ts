import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminLoyaltyFailuresParams } from "./validators"

export const adminLoyaltyFailureMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/loyalty/failures",
    middlewares: [validateAndTransformQuery(AdminLoyaltyFailuresParams, {})],
  },
]
