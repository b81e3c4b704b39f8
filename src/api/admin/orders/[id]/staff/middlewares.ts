import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSetOrderStaff } from "./validators"

export const adminOrderStaffMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/staff",
    middlewares: [validateAndTransformBody(AdminSetOrderStaff)],
  },
]
