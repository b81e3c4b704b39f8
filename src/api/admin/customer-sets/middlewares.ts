import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listCustomerSetQueryConfig } from "./query-config"
import {
  AdminCreateCustomerSet,
  AdminCreateSetPromotion,
  AdminCustomerSetMembersParams,
  AdminGetCustomerSetsParams,
  AdminPreviewCustomerSet,
  AdminUpdateCustomerSet,
} from "./validators"

export const adminCustomerSetMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/customer-sets",
    middlewares: [validateAndTransformQuery(AdminGetCustomerSetsParams, listCustomerSetQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/customer-sets", middlewares: [validateAndTransformBody(AdminCreateCustomerSet)] },
  // also matched by `/:id` below, whose body schema takes `{ rules }` the same way
  { method: ["POST"], matcher: "/admin/customer-sets/preview", middlewares: [validateAndTransformBody(AdminPreviewCustomerSet)] },
  { method: ["POST"], matcher: "/admin/customer-sets/:id", middlewares: [validateAndTransformBody(AdminUpdateCustomerSet)] },
  {
    method: ["GET"],
    matcher: "/admin/customer-sets/:id/customers",
    middlewares: [validateAndTransformQuery(AdminCustomerSetMembersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/customer-sets/:id/promotions",
    middlewares: [validateAndTransformBody(AdminCreateSetPromotion)],
  },
]
