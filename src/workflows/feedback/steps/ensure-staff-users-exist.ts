import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Rejects (400 naming `user_ids`) ids that are not Medusa admin users, before anything is written. */
export const ensureStaffUsersExistStep = createStep(
  "ensure-staff-users-exist",
  async ({ user_ids }: { user_ids: string[] }, { container }) => {
    const wanted = [...new Set(user_ids)]
    if (!wanted.length) return new StepResponse(undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "user", fields: ["id"], filters: { id: wanted } })
    const found = new Set(data.map((u: { id: string }) => u.id))
    const missing = wanted.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `user_ids: no admin user with id ${missing.join(", ")}`)
    }
    return new StepResponse(undefined)
  }
)
