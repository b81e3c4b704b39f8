import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeFollowUpWorkflow } from "../../../../../workflows/feedback/workflows/close-follow-up"
import { answeringConflicts } from "../../../../utils/conflict"
import { followUpsWithContext } from "../../helpers"
import type { AdminCloseFollowUpType } from "../../validators"

/**
 * C3: closes a follow-up with its outcome and logs the contact as a
 * touch-point on the customer; closing it again is a 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCloseFollowUpType>, res: MedusaResponse) => {
  const { actor_type, actor_id } = req.auth_context
  const run = await answeringConflicts(res, () =>
    closeFollowUpWorkflow(req.scope).run({
      input: { id: req.params.id, ...req.validatedBody, closed_by: actor_type === "user" ? actor_id : null },
    })
  )
  if (!run) return
  const [followUp] = await followUpsWithContext(req.scope, [run.result], new Date())
  res.json({ follow_up: followUp })
}
