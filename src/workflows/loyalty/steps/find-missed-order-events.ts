import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"
import {
  orderCancelRedeemReference,
  orderCancelReference,
  orderEarnReference,
  refundReference,
  returnReference,
} from "../../../modules/loyalty/rules/earning"
import { redeemReference } from "../../../modules/loyalty/rules/redemption"
import { planOrderReversal } from "./prepare-order-reversal"
import { orderOfReversal, type ReversalCause } from "./resolve-reversal-order"

export type FindMissedOrderEventsInput = {
  /** events that happened from here… */
  since: Date | string
  /** …to here (exclusive): events after it may still be in flight */
  until: Date | string
}

export type MissedOrderEvents = {
  /** placed orders whose earn entry is missing */
  placed: string[]
  /** cancellations, refunds and returns whose reversal entry is missing */
  reversals: ReversalCause[]
}

const PAGE = 500

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

/** Every row of a query.graph read, a page at a time. */
async function readAll(query: Query, config: { entity: string; fields: string[]; filters: Record<string, unknown> }) {
  const rows: any[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ ...config, pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    rows.push(...data)
    if (data.length < PAGE) return rows
  }
}

/**
 * L2, L5: the order events of a period that left no trace in the ledger,
 * read through Medusa (Query) and compared with our entries by business key.
 * With an in-memory event bus, an event lives only in the server's memory: a
 * crash between an order's placement and its booking loses it. What this
 * finds is booked again through the same idempotent operations. An event
 * that rightly booked nothing leaves no trace either: an order earning 0
 * points is found again (running it again books nothing); a cancel counts
 * only when its order earned or spent points, and a refund or a return only
 * when planning its reversal now would book something (a refund paying back
 * a return, or following a cancel, finds the points already taken) or its
 * order has no earn entry yet (lost with it: booked first, then reversed).
 */
export const findMissedOrderEventsStep = createStep(
  "loyalty-find-missed-order-events",
  async (input: FindMissedOrderEventsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const period = { $gte: new Date(input.since), $lt: new Date(input.until) }

    const [placed, canceled, refunds, returns] = await Promise.all([
      readAll(query, {
        entity: "order",
        fields: ["id"],
        filters: { created_at: period, is_draft_order: false, status: { $nin: ["canceled", "draft"] }, customer_id: { $ne: null } },
      }),
      readAll(query, { entity: "order", fields: ["id", "cart.id"], filters: { canceled_at: period } }),
      readAll(query, { entity: "refund", fields: ["id", "payment_id"], filters: { created_at: period } }),
      readAll(query, { entity: "return", fields: ["id", "order_id"], filters: { received_at: period } }),
    ])

    const references = [
      ...placed.map((o) => orderEarnReference(o.id)),
      ...canceled.flatMap((o) => [orderCancelReference(o.id), orderCancelRedeemReference(o.id)]),
      ...refunds.map((r) => refundReference(r.id)),
      ...returns.map((r) => returnReference(r.id)),
    ]
    const booked = new Set<string>()
    for (let i = 0; i < references.length; i += PAGE) {
      const entries = await loyalty.listPointsEntries({ reference: references.slice(i, i + PAGE) }, { select: ["reference"], take: null })
      entries.forEach((e) => booked.add(e.reference))
    }
    // a cancel has something to reverse only if the order earned points or spent some (on its cart)
    const canceledWithPoints = new Set<string>()
    if (canceled.length) {
      const earned = await loyalty.listPointsEntries({ order_id: canceled.map((o) => o.id) }, { select: ["order_id"], take: null })
      earned.forEach((e) => canceledWithPoints.add(e.order_id!))
      const byCart = new Map(canceled.filter((o) => o.cart?.id).map((o) => [redeemReference(o.cart.id), o.id as string]))
      if (byCart.size) {
        const spent = await loyalty.listPointsEntries({ reference: [...byCart.keys()] }, { select: ["reference"], take: null })
        spent.forEach((e) => canceledWithPoints.add(byCart.get(e.reference)!))
      }
    }

    const partials: ReversalCause[] = [
      // one run per payment reverses all its refunds
      ...[...new Set(refunds.filter((r) => !booked.has(refundReference(r.id))).map((r) => r.payment_id as string))].map(
        (payment_id): ReversalCause => ({ cause: "refund", payment_id })
      ),
      ...returns
        .filter((r) => !booked.has(returnReference(r.id)))
        .map((r): ReversalCause => ({ cause: "return", order_id: r.order_id, return_id: r.id })),
    ]
    const bookable = await Promise.all(
      partials.map(async (cause) => {
        const order_id = await orderOfReversal(container, cause)
        if (!order_id) return false
        const plan = await planOrderReversal(container, { order_id, cause })
        return plan.entries.length > 0 || !plan.earned
      })
    )

    const missed: MissedOrderEvents = {
      placed: placed.filter((o) => !booked.has(orderEarnReference(o.id))).map((o) => o.id),
      reversals: [
        ...canceled
          .filter((o) => canceledWithPoints.has(o.id) && !booked.has(orderCancelReference(o.id)) && !booked.has(orderCancelRedeemReference(o.id)))
          .map((o): ReversalCause => ({ cause: "cancel", order_id: o.id })),
        ...partials.filter((_, i) => bookable[i]),
      ],
    }
    return new StepResponse(missed)
  }
)
