import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listTouchPointsQueryConfig } from "./query-config"
import { AdminCreateTouchPoint, AdminTouchPointsParams } from "./validators"

export const adminCustomerTouchPointMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/touch-points",
    middlewares: [validateAndTransformQuery(AdminTouchPointsParams, listTouchPointsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/customers/:id/touch-points",
    middlewares: [validateAndTransformBody(AdminCreateTouchPoint)],
  },
]
