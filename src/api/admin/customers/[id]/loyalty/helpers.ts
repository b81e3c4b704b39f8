import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"

/** 404 unless the customer exists (Medusa's own wording). */
export async function assertCustomerExists(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
}

/**
 * How far the member is toward the next tier, 0–100 (one decimal): reaching
 * its minimum in any one currency is enough, so the currency closest to it
 * counts. 100 at the top tier.
 */
export function tierProgress(next: { min_spend: Record<string, number> } | null, spend: Record<string, number>) {
  if (!next) return 100
  let best = 0
  for (const [currency, min] of Object.entries(next.min_spend ?? {})) {
    const share = Number(min) > 0 ? MathBN.div(spend[currency] ?? 0, min).toNumber() : 1
    best = Math.max(best, Math.min(1, share))
  }
  return Math.floor(best * 1000) / 10
}

/** An entry as the admin API shows it. */
export const entryFields = ["id", "kind", "points", "reference", "reason", "note", "order_id", "available_at", "expires_at", "metadata", "created_at"] as const
