import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ReversalCause =
  | { cause: "cancel"; order_id: string }
  /** `payment.refunded` names the payment only: its refunds and order are read from it */
  | { cause: "refund"; payment_id: string }
  | { cause: "return"; order_id: string; return_id: string }

/**
 * The order a reversal is about. A refunded payment leads to its order through
 * its payment collection (Medusa's order ↔ payment collection link); null when
 * the payment belongs to no order.
 */
export const resolveReversalOrderStep = createStep(
  "loyalty-resolve-reversal-order",
  async (input: ReversalCause, { container }) => new StepResponse({ order_id: await orderOfReversal(container, input) })
)

/** The order id of a reversal's cause (read, never written: the catch-up plans with it too). */
export async function orderOfReversal(container: MedusaContainer, input: ReversalCause): Promise<string | null> {
  if (input.cause !== "refund") return input.order_id
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: input.payment_id },
  })
  const payment = data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined
  return payment?.payment_collection?.order?.id ?? null
}
