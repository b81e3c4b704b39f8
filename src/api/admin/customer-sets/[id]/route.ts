import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomerSetWorkflow } from "../../../../workflows/customer-sets/workflows/delete-customer-set"
import { updateCustomerSetWorkflow } from "../../../../workflows/customer-sets/workflows/update-customer-set"
import { refetchCustomerSet } from "../helpers"
import type { AdminUpdateCustomerSetType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ customer_set: await refetchCustomerSet(req.scope, req.params.id) })
}

/** Changes a set; new rules (or kind) re-evaluate it, a new name renames its group. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCustomerSetType>, res: MedusaResponse) => {
  await updateCustomerSetWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ customer_set: await refetchCustomerSet(req.scope, req.params.id) })
}

/** Deletes the set, its members and its Medusa customer group. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCustomerSetWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "customer_set", deleted: true })
}
