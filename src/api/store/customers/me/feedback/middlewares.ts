import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateFeedback, StoreFeedbackParams } from "./validators"

// /store/customers/me* is authenticated by Medusa core (customer session or bearer)
export const storeCustomerFeedbackMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/feedback",
    middlewares: [validateAndTransformQuery(StoreFeedbackParams, { isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/feedback",
    middlewares: [validateAndTransformBody(StoreCreateFeedback)],
  },
]
