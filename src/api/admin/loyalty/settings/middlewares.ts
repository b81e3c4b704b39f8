import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateLoyaltySettings } from "./validators"

export const adminLoyaltySettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/loyalty/settings",
    middlewares: [validateAndTransformBody(AdminUpdateLoyaltySettings)],
  },
]
