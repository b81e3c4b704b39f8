import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_FACT_FIELDS, type OrderForFacts, orderFactOf } from "../../../modules/customer-facts/order-facts"

export type ReadOrderFactsInput = {
  order_ids?: string[]
  /** payments whose orders changed (captured, refunded): read through payment → collection → order */
  payment_ids?: string[]
}

/**
 * The facts of orders as Medusa holds them now, read through Query in one
 * call (the only place facts read orders); an order Query no longer finds
 * (deleted) comes back as gone. Writes nothing.
 */
export const readOrderFactsStep = createStep("customer-facts-read-orders", async (input: ReadOrderFactsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set(input.order_ids ?? [])
  if (input.payment_ids?.length) {
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "payment_collection.order.id"],
      filters: { id: input.payment_ids },
    })
    for (const payment of payments as { payment_collection?: { order?: { id: string } | null } | null }[]) {
      if (payment.payment_collection?.order?.id) ids.add(payment.payment_collection.order.id)
    }
  }
  if (!ids.size) return new StepResponse([])
  const { data } = await query.graph({ entity: "order", fields: ORDER_FACT_FIELDS, filters: { id: [...ids] } })
  const orders = new Map((data as OrderForFacts[]).map((o) => [o.id, o]))
  return new StepResponse([...ids].map((id) => orderFactOf(id, orders.get(id) ?? null)))
})
