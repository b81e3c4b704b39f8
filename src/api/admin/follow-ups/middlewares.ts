import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCloseFollowUp, AdminFollowUpsParams } from "./validators"

export const adminFollowUpMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/follow-ups",
    middlewares: [validateAndTransformQuery(AdminFollowUpsParams, { isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/follow-ups/:id/close",
    middlewares: [validateAndTransformBody(AdminCloseFollowUp)],
  },
]
