import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOrderStaffWorkflow } from "../../../../../workflows/feedback/workflows/set-order-staff"
import { orderFeedback } from "../feedback/helpers"
import type { AdminSetOrderStaffType } from "./validators"

/** Who served the order: replaces its staff (admin users; an unknown id is a 400 naming user_ids). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetOrderStaffType>, res: MedusaResponse) => {
  await setOrderStaffWorkflow(req.scope).run({ input: { order_id: req.params.id, user_ids: req.validatedBody.user_ids } })
  res.json(await orderFeedback(req.scope, req.params.id))
}
