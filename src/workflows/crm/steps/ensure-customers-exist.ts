import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureCustomersExistInput = {
  ids: string[]
  /** the request field the ids came from, named in the error */
  field: string
}

/** Rejects (400, listing them) customer ids that are not Medusa customers, before anything is written. */
export const ensureCustomersExistStep = createStep(
  "ensure-customers-exist",
  async ({ ids, field }: EnsureCustomersExistInput, { container }) => {
    const wanted = [...new Set(ids)]
    if (!wanted.length) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: wanted } })
    const found = new Set(data.map((c: { id: string }) => c.id))
    const missing = wanted.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: no customer with id ${missing.join(", ")}`
      )
    }
    return new StepResponse(undefined)
  }
)
