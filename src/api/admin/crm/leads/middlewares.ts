import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminIntakeLead } from "./validators"

export const adminCrmLeadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/crm/leads",
    middlewares: [validateAndTransformBody(AdminIntakeLead)],
  },
]
