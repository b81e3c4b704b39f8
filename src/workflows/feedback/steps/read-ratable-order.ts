import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ReadRatableOrderInput = { order_id: string; customer_id: string }

/**
 * The shopper's order, if she may rate it. Someone else's order answers as an
 * unknown one (404), so ids can't be probed; a canceled order is a 400: the
 * request can never succeed, unlike a 409, which says she already rated it.
 */
export const readRatableOrderStep = createStep(
  "read-ratable-order",
  async ({ order_id, customer_id }: ReadRatableOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "status", "canceled_at"],
      filters: { id: order_id },
    })
    const order = data[0] as { id: string; customer_id: string | null; status: string; canceled_at: unknown } | undefined
    if (!order || order.customer_id !== customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `order_id: no order ${order_id} of yours was found`)
    }
    if (order.status === "canceled" || order.canceled_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `order_id: order ${order_id} was canceled and can't be rated`)
    }
    return new StepResponse({ order_id: order.id, customer_id })
  }
)
