import { MathBN } from "@medusajs/framework/utils"

// bignumber.js rounding mode: toward zero. Points are rounded down, once, at the end.
const ROUND_DOWN = 1

type Amount = Parameters<typeof MathBN.convert>[0]

/** The ledger's business keys of an order's points (see notes/loyalty.md). */
export const orderEarnReference = (orderId: string) => `order:${orderId}:earn`
export const orderCancelReference = (orderId: string) => `order:${orderId}:cancel`
export const orderCancelRedeemReference = (orderId: string) => `order:${orderId}:cancel-redeem`
export const refundReference = (refundId: string) => `refund:${refundId}`
export const returnReference = (returnId: string) => `return:${returnId}`

/** The lock an order's award and reversals share, so they never interleave. */
export const orderLockKey = (orderId: string | null) => `loyalty-order:${orderId ?? "none"}`

/** What an order's earning needs of it, as Query returns it (totals decorated by the order module). */
export type OrderForEarning = {
  currency_code: string
  /** what is left to pay: after discounts and every credit line (points, store credit) */
  total: Amount
  item_total: Amount
  shipping_total: Amount
  items: { id: string; quantity: Amount; total: Amount; product?: { collection_id?: string | null } | null }[]
}

export type EarningRules = {
  /** amount to spend for one point in the order's currency; none or ≤ 0: the currency earns nothing */
  earn_rate: number | null | undefined
  collection_multipliers: Record<string, number>
  tier_multiplier: number
}

/** Per order item, kept on the earn entry so a return takes back exactly that item's points. */
export type ItemEarning = { quantity: number; paid: number; points: number }

export type OrderEarning = {
  /** whole points, rounded down once over the whole order */
  points: number
  /** what the points were earned on: the items' paid share */
  basis: number
  /** what the order cost the customer in money (its total), the base of refund proportions */
  paid_total: number
  items: Record<string, ItemEarning>
}

/**
 * L2: points are earned on what was actually paid. An item's paid share is its
 * total (after its discounts, with tax) less its part of the credit lines,
 * which Medusa takes off the whole order (items and shipping): the order's
 * `total` over `item_total + shipping_total` is the share of every amount paid
 * in money. Shipping earns nothing. Each share is multiplied by its product
 * collection's multiplier and the member's tier multiplier, divided by the
 * currency's earn rate, and the sum is rounded down once.
 */
export function computeOrderEarning(order: OrderForEarning, rules: EarningRules): OrderEarning {
  const gross = MathBN.add(order.item_total, order.shipping_total)
  // what was paid in money: all of it when nothing was credited, 0 when points or credit paid for everything
  const total = MathBN.min(MathBN.max(0, MathBN.convert(order.total)), gross)
  const rate = Number(rules.earn_rate ?? 0) > 0 ? MathBN.convert(rules.earn_rate as number) : null
  // multiply first, divide once: 1,500,000 × 1,400,000 / 1,500,000 stays exactly 1,400,000
  const paidShare = (amount: Amount) => (MathBN.gt(gross, 0) ? MathBN.div(MathBN.mult(amount, total), gross) : MathBN.convert(0))
  const toPoints = (weighted: Amount) => (rate ? MathBN.div(paidShare(weighted), rate) : MathBN.convert(0))

  let itemsTotal = MathBN.convert(0)
  let weighted = MathBN.convert(0)
  const items: Record<string, ItemEarning> = {}
  for (const item of order.items ?? []) {
    const itemTotal = MathBN.max(0, MathBN.convert(item.total))
    const collectionId = item.product?.collection_id
    const collectionMultiplier = collectionId && collectionId in rules.collection_multipliers ? rules.collection_multipliers[collectionId] : 1
    const itemWeighted = MathBN.mult(MathBN.mult(itemTotal, collectionMultiplier), rules.tier_multiplier)
    itemsTotal = MathBN.add(itemsTotal, itemTotal)
    weighted = MathBN.add(weighted, itemWeighted)
    items[item.id] = {
      quantity: MathBN.convert(item.quantity).toNumber(),
      paid: paidShare(itemTotal).decimalPlaces(4).toNumber(),
      points: toPoints(itemWeighted).decimalPlaces(6).toNumber(),
    }
  }
  return {
    points: wholePoints(toPoints(weighted)),
    basis: paidShare(itemsTotal).decimalPlaces(4).toNumber(),
    paid_total: total.toNumber(),
    items,
  }
}

/**
 * Rounds points down to a whole number, once. Points are exact to a millionth
 * first, so a sum of shares that is a whole number in truth (139.9999999…)
 * is not cut down by the decimals a division leaves.
 */
function wholePoints(points: ReturnType<typeof MathBN.convert>) {
  return points.decimalPlaces(6).integerValue(ROUND_DOWN).toNumber()
}

/** The earn entry's metadata as `computeOrderEarning` stores it. */
export type EarnMetadata = {
  currency_code: string
  basis: number
  multiplier: number
  paid_total: number
  items: Record<string, ItemEarning>
}

/**
 * L5: how many of an order's earned points its returns and refunds take back
 * in all, from the order's state now (so the order events arrive in doesn't
 * matter, and a replay finds nothing new to take):
 * - a received return takes back its items' own points (their collection
 *   multipliers included), in proportion to the quantity returned;
 * - a refund takes back points in proportion to its amount over what the
 *   order cost, except the part of the refunds that pays back returned items
 *   (those points already went with the return): refunding a return after
 *   receiving it, or before, takes its points back once.
 * Never more than earned; rounded down, in the member's favour.
 */
export function returnsAndRefundsTarget(
  earned: number,
  metadata: EarnMetadata,
  returnedQuantities: Record<string, number>,
  refunded: Amount
) {
  let returnedPoints = MathBN.convert(0)
  let returnedValue = MathBN.convert(0)
  for (const [itemId, item] of Object.entries(metadata.items ?? {})) {
    const returned = Math.min(returnedQuantities[itemId] ?? 0, item.quantity)
    if (returned <= 0 || item.quantity <= 0) continue
    const share = MathBN.div(returned, item.quantity)
    returnedPoints = MathBN.add(returnedPoints, MathBN.mult(item.points, share))
    returnedValue = MathBN.add(returnedValue, MathBN.mult(item.paid, share))
  }
  const beyondReturns = MathBN.max(0, MathBN.sub(refunded, returnedValue))
  const refundedPoints = MathBN.gt(metadata.paid_total ?? 0, 0)
    ? MathBN.mult(earned, MathBN.min(1, MathBN.div(beyondReturns, metadata.paid_total)))
    : MathBN.convert(0)
  const target = wholePoints(MathBN.add(returnedPoints, refundedPoints))
  return Math.min(earned, target)
}

/**
 * What a reversal entry claimed: the points it took plus those it could not
 * recover because the member had spent them. Both count against what the
 * order earned, so a later cancel never takes the spent points a second time.
 */
export function claimedPoints(entry: { points: number; metadata?: Record<string, unknown> | null }) {
  return -entry.points + Number(entry.metadata?.unrecovered_points ?? 0)
}
