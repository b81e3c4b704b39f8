import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listCrmTagQueryConfig, retrieveCrmTagQueryConfig } from "./query-config"
import {
  AdminChangeTagCustomers,
  AdminCreateCrmTag,
  AdminGetCrmTagParams,
  AdminGetCrmTagsParams,
  AdminUpdateCrmTag,
} from "./validators"

const readTag = validateAndTransformQuery(AdminGetCrmTagParams, retrieveCrmTagQueryConfig)

export const adminCrmTagMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/crm/tags",
    middlewares: [validateAndTransformQuery(AdminGetCrmTagsParams, listCrmTagQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/tags",
    middlewares: [validateAndTransformBody(AdminCreateCrmTag), readTag],
  },
  { method: ["GET"], matcher: "/admin/crm/tags/:id", middlewares: [readTag] },
  {
    method: ["POST"],
    matcher: "/admin/crm/tags/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCrmTag), readTag],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/tags/:id/customers",
    middlewares: [validateAndTransformBody(AdminChangeTagCustomers), readTag],
  },
]
