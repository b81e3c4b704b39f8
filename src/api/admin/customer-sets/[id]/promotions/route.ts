import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSetPromotionWorkflow } from "../../../../../workflows/customer-sets/workflows/create-set-promotion"
import { refetchCustomerSet } from "../../helpers"
import { setPromotionFields } from "../../query-config"
import type { AdminCreateSetPromotionType } from "../../validators"

const readPromotions = async (req: AuthenticatedMedusaRequest, filters: Record<string, unknown>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: setPromotionFields, filters })
  return data
}

/** The Medusa promotions made for this set (through the set ↔ promotion link). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "customer_set", fields: ["id", "promotions.id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const ids = ((data[0] as { promotions?: ({ id: string } | null)[] }).promotions ?? []).flatMap((p) => (p ? [p.id] : []))
  res.json({ promotions: ids.length ? await readPromotions(req, { id: ids }) : [] })
}

/** S2: a Medusa promotion (in its own campaign) for the set's customer group. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSetPromotionType>, res: MedusaResponse) => {
  await refetchCustomerSet(req.scope, req.params.id)
  const body = req.validatedBody
  const { result } = await createSetPromotionWorkflow(req.scope).run({
    input: {
      ...body,
      set_id: req.params.id,
      starts_at: body.starts_at ? body.starts_at.toISOString() : null,
      ends_at: body.ends_at ? body.ends_at.toISOString() : null,
    },
  })
  const [promotion] = await readPromotions(req, { id: result.id })
  res.json({ promotion })
}
