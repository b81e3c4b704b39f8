import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateLoyaltyTier, AdminUpdateLoyaltyTier } from "./validators"

export const adminLoyaltyTierMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [validateAndTransformBody(AdminCreateLoyaltyTier)],
  },
  {
    method: ["POST"],
    matcher: "/admin/loyalty/tiers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateLoyaltyTier)],
  },
]
