import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE, type FeedbackModuleService } from "../../../../../modules/feedback"
import { feedbackWithPeople } from "../../../feedback/helpers"
import type { AdminCustomerFeedbackParamsType } from "./validators"

/** U1: the customer's feedback, newest first, with her averages. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminCustomerFeedbackParamsType>, res: MedusaResponse) => {
  const customerId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)

  const { limit, offset } = req.validatedQuery as AdminCustomerFeedbackParamsType
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const page = await feedback.listFeedbackWithAverages({ customer_id: customerId }, { skip: offset, take: limit })
  res.json({ ...page, feedback: await feedbackWithPeople(req.scope, page.feedback), limit, offset })
}
