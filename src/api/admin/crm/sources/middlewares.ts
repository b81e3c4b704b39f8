import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { crmSourceFields } from "./query-config"
import {
  AdminCreateCrmSource,
  AdminCrmSourcesParams,
  AdminCrmSourceStatsParams,
  AdminUpdateCrmSource,
} from "./validators"

export const adminCrmSourceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/crm/sources",
    middlewares: [validateAndTransformQuery(AdminCrmSourcesParams, { defaults: crmSourceFields, isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/sources",
    middlewares: [validateAndTransformBody(AdminCreateCrmSource)],
  },
  {
    method: ["GET"],
    matcher: "/admin/crm/sources/stats",
    middlewares: [validateAndTransformQuery(AdminCrmSourceStatsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/crm/sources/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCrmSource)],
  },
]
