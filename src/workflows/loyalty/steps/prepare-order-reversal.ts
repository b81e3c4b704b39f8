import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import type { BookEntryInput } from "../../../modules/loyalty/service"
import { addMonths } from "../../../modules/loyalty/rules/dates"
import {
  claimedPoints,
  type EarnMetadata,
  orderCancelRedeemReference,
  orderCancelReference,
  orderEarnReference,
  refundReference,
  returnsAndRefundsTarget,
  returnReference,
} from "../../../modules/loyalty/rules/earning"
import { redeemReference } from "../../../modules/loyalty/rules/redemption"
import type { ReversalCause } from "./resolve-reversal-order"
import { POINTS_REASONS } from "../../../types/loyalty"

export type PrepareOrderReversalInput = { order_id: string | null; cause: ReversalCause }

/** `earned`: whether the order has its earn entry (without it nothing can be reversed yet) */
export type OrderReversal = { order_id: string | null; customer_id: string | null; earned: boolean; entries: BookEntryInput[] }

type Refund = { id: string; amount: number; created_at: string | Date }
type OrderRow = {
  id: string
  customer_id: string | null
  items?: { id: string; detail?: { return_received_quantity?: number; return_dismissed_quantity?: number } | null }[]
  payment_collections?: { payments?: { refunds?: Refund[] }[] }[]
  cart?: { id: string } | null
}

type Entry = Awaited<ReturnType<LoyaltyModuleService["listPointsEntries"]>>[number]

const ORDER_FIELDS = [
  "id",
  "customer_id",
  "items.id",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

/**
 * L5: the reverse entries an order event calls for, computed from the order
 * and its ledger entries now (run under the order's lock, so two events of one
 * order never both take the same points):
 * - cancel: whatever the order earned and its returns and refunds have not
 *   taken yet (`order:<id>:cancel`), and the points the order spent at
 *   checkout given back (`order:<id>:cancel-redeem`);
 * - refund: one entry per refund (`refund:<id>`), in proportion to its amount;
 * - return: `return:<id>`, the returned items' own points.
 * Debits clamp: points already spent bring the balance to 0, never below, and
 * the rest is recorded on the entry as `unrecovered_points`.
 */
export const prepareOrderReversalStep = createStep(
  "loyalty-prepare-order-reversal",
  async (input: PrepareOrderReversalInput, { container }) => new StepResponse(await planOrderReversal(container, input))
)

/** What `prepareOrderReversalStep` books, computed without writing (the catch-up plans with it too). */
export async function planOrderReversal(container: MedusaContainer, { order_id, cause }: PrepareOrderReversalInput): Promise<OrderReversal> {
  const nothing: OrderReversal = { order_id, customer_id: null, earned: false, entries: [] }
  if (!order_id) return nothing
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const fields = cause.cause === "cancel" ? [...ORDER_FIELDS, "cart.id"] : ORDER_FIELDS
  const [{ data }, entries] = await Promise.all([
    query.graph({ entity: "order", fields, filters: { id: order_id } }),
    loyalty.listPointsEntries({ order_id }, { take: null }),
  ])
  const order = data[0] as OrderRow | undefined
  if (!order) return nothing

  const earn = entries.find((e) => e.reference === orderEarnReference(order_id))
  const reversals = entries.filter((e) => e.kind === "reverse")
  const earned = earn?.points ?? 0
  let claimed = reversals.reduce((sum, e) => sum + claimedPoints(e), 0)
  const booked: BookEntryInput[] = []
  const reverse = (points: number, reference: string, reason: string) => {
    points = Math.min(points, earned - claimed)
    if (!earn || points <= 0) return
    claimed += points
    booked.push({ account_id: earn.account_id, kind: "reverse", points: -points, reference, reason, order_id, clamp: true })
  }

  if (cause.cause === "cancel") {
    reverse(earned, orderCancelReference(order_id), POINTS_REASONS.order_canceled)
    booked.push(...(await givenBackRedemption(loyalty, order, entries)))
  } else if (earn) {
    const metadata = earn.metadata as EarnMetadata
    const returned = returnedQuantities(order)
    const refunds = orderRefunds(order)
    // what returns and refunds took so far (a cancel's claim is the rest of the order)
    let claimedByPartials = reversals
      .filter((e) => e.reference !== orderCancelReference(order_id))
      .reduce((sum, e) => sum + claimedPoints(e), 0)
    const partial = (target: number, reference: string, reason: string) => {
      const before = claimed
      reverse(target - claimedByPartials, reference, reason)
      claimedByPartials += claimed - before
    }
    if (cause.cause === "refund") {
      // each refund in turn, with the refunds before it: proportions stay exact over several partial refunds
      let refunded = MathBN.convert(0)
      const already = new Set(entries.map((e) => e.reference))
      for (const refund of refunds) {
        refunded = MathBN.add(refunded, refund.amount)
        if (already.has(refundReference(refund.id))) continue
        partial(returnsAndRefundsTarget(earned, metadata, returned, refunded), refundReference(refund.id), POINTS_REASONS.order_refunded)
      }
    } else {
      const refunded = MathBN.sum(...refunds.map((r) => r.amount))
      partial(returnsAndRefundsTarget(earned, metadata, returned, refunded), returnReference(cause.return_id), POINTS_REASONS.items_returned)
    }
  }
  return { order_id, customer_id: order.customer_id, earned: !!earn, entries: booked }
}

/** Per order item, how many came back (received, damaged ones included). */
function returnedQuantities(order: OrderRow) {
  return Object.fromEntries(
    (order.items ?? []).map((i) => [i.id, Number(i.detail?.return_received_quantity ?? 0) + Number(i.detail?.return_dismissed_quantity ?? 0)])
  )
}

/** Every refund of the order's payments, oldest first. */
function orderRefunds(order: OrderRow): Refund[] {
  const refunds = (order.payment_collections ?? []).flatMap((pc) => (pc.payments ?? []).flatMap((p) => p.refunds ?? []))
  return refunds.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
}

/**
 * A member keeps the points she spent on an order that is canceled: they come
 * back as one adjust credit, valid for the usual expiry from now. The
 * redemption is found through the order's cart: `redeem:cart:<cart id>` is
 * booked as the cart's completion starts, before the order exists, and carries
 * no order id (an order without a cart falls back to its own redeem entries).
 */
async function givenBackRedemption(loyalty: LoyaltyModuleService, order: OrderRow, entries: Entry[]): Promise<BookEntryInput[]> {
  const redeemed = order.cart?.id
    ? await loyalty.listPointsEntries({ reference: redeemReference(order.cart.id) })
    : entries.filter((e) => e.kind === "redeem")
  const points = -redeemed.reduce((sum, e) => sum + e.points, 0)
  if (points <= 0) return []
  const settings = await loyalty.retrieveSettings()
  return [
    {
      account_id: redeemed[0].account_id,
      kind: "adjust",
      points,
      reference: orderCancelRedeemReference(order.id),
      reason: POINTS_REASONS.redeemed_given_back,
      order_id: order.id,
      expires_at: settings.expiry_months ? addMonths(new Date(), settings.expiry_months) : null,
      metadata: { redeemed_entry_ids: redeemed.map((e) => e.id) },
    },
  ]
}
