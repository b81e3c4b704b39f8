import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** 404 unless the customer exists (Medusa's own wording). */
export async function assertCustomerExists(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
}

/** An entry as the admin API shows it. */
export const entryFields = ["id", "kind", "points", "reference", "reason", "note", "order_id", "available_at", "expires_at", "metadata", "created_at"] as const
