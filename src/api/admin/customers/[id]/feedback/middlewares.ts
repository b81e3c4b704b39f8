import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCustomerFeedbackParams } from "./validators"

export const adminCustomerFeedbackMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/feedback",
    middlewares: [validateAndTransformQuery(AdminCustomerFeedbackParams, { isList: true })],
  },
]
