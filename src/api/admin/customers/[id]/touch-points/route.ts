import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createTouchPointWorkflow } from "../../../../../workflows/crm/workflows/create-touch-point"
import { listTouchPoints } from "./helpers"
import type { AdminCreateTouchPointType, AdminTouchPointsParamsType } from "./validators"

/** The customer's touch-points, newest first, so staff see the latest context on top. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminTouchPointsParamsType>,
  res: MedusaResponse
) => {
  const customerId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!customers.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }

  const { limit, offset, type } = req.validatedQuery as AdminTouchPointsParamsType
  const page = await listTouchPoints(
    req.scope,
    { customer_id: customerId, ...(type ? { type } : {}) },
    { skip: offset, take: limit },
    req.queryConfig.fields
  )
  res.json({ ...page, limit, offset })
}

/** Logs a touch-point; the staff member is the admin user calling, none for an API key. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTouchPointType>, res: MedusaResponse) => {
  const { actor_type, actor_id } = req.auth_context
  const { result } = await createTouchPointWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: req.params.id,
      staff_user_id: actor_type === "user" ? actor_id : null,
    },
  })
  const { touch_points } = await listTouchPoints(req.scope, { id: result.id }, { skip: 0, take: 1 })
  res.json({ touch_point: touch_points[0] })
}
