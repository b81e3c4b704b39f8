import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listCustomFieldQueryConfig, retrieveCustomFieldQueryConfig } from "./query-config"
import {
  AdminCreateCustomField,
  AdminGetCustomFieldParams,
  AdminGetCustomFieldsParams,
  AdminUpdateCustomField,
} from "./validators"

const readCustomField = validateAndTransformQuery(AdminGetCustomFieldParams, retrieveCustomFieldQueryConfig)

export const adminCustomFieldMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/crm/custom-fields",
    middlewares: [validateAndTransformQuery(AdminGetCustomFieldsParams, listCustomFieldQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/custom-fields",
    middlewares: [validateAndTransformBody(AdminCreateCustomField), readCustomField],
  },
  { method: ["GET"], matcher: "/admin/crm/custom-fields/:id", middlewares: [readCustomField] },
  {
    method: ["POST"],
    matcher: "/admin/crm/custom-fields/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCustomField), readCustomField],
  },
]
