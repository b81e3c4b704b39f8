import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CUSTOMER_SETS_MODULE, type CustomerSetsModuleService } from "../../../../modules/customer-sets"
import type { CustomerSetPreview } from "../../../../types/customer-sets"
import { membersWithContacts } from "../helpers"
import type { AdminPreviewCustomerSetType } from "../validators"

const PREVIEWED = 10

/** How many customers rules select now and the first of them, while the admin edits them. Writes nothing. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewCustomerSetType>, res: MedusaResponse) => {
  const started = performance.now()
  const sets: CustomerSetsModuleService = req.scope.resolve(CUSTOMER_SETS_MODULE)
  const { count, customer_ids } = await sets.evaluate(req.validatedBody.rules, { now: new Date(), limit: PREVIEWED })
  const customers = await membersWithContacts(req.scope, customer_ids)
  const preview: CustomerSetPreview = { count, customers, took_ms: Math.round(performance.now() - started) }
  res.json(preview)
}
