import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminFeedbackParams } from "./validators"

export const adminFeedbackMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/feedback",
    middlewares: [validateAndTransformQuery(AdminFeedbackParams, { isList: true })],
  },
]
