import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateBehaviourSettings } from "./validators"

export const adminCustomerBehaviourMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/customer-behaviour/settings",
    middlewares: [validateAndTransformBody(AdminUpdateBehaviourSettings)],
  },
]
