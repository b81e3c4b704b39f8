import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ANALYTICS_REPORTS } from "../../../../types/analytics"
import { ANALYTICS_PARAMS } from "./validators"

export const adminAnalyticsMiddlewares: MiddlewareRoute[] = ANALYTICS_REPORTS.map((report) => ({
  method: ["GET"],
  matcher: `/admin/crm/analytics/${report}`,
  middlewares: [validateAndTransformQuery(ANALYTICS_PARAMS[report] as never, {})],
}))
