import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCreateIntakeKey, AdminIntakeKeysParams } from "./validators"

export const adminIntakeKeyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/crm/intake-keys",
    middlewares: [validateAndTransformQuery(AdminIntakeKeysParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/intake-keys",
    middlewares: [validateAndTransformBody(AdminCreateIntakeKey)],
  },
]
