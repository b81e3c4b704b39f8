import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { pointsRefusal } from "../../../types/points-refusals"

// declared with the shared types, where the storefront components read it too
export { LOYALTY_CREDIT_REFERENCE } from "../../../types/loyalty"

/**
 * The ledger's business key of a cart's redemption: booked once, whatever
 * retries. It is booked before Medusa creates the order, so the entry has no
 * `order_id`: an order finds its redemption through its cart (`order.cart.id`).
 */
export const redeemReference = (cartId: string) => `redeem:cart:${cartId}`

// bignumber.js rounding mode: toward zero, so a point never buys more than its value
const ROUND_DOWN = 1

export type LoyaltyCreditLine = { id: string; account_id: string; points: number; amount: number }
/** Everything a redemption on one cart is checked against, read in one place. */
export type CartRedemption = {
  cart: { id: string; customer_id: string | null; currency_code: string; completed_at: Date | string | null }
  /** the cart's loyalty credit line, if points are applied */
  line: LoyaltyCreditLine | null
  /** every loyalty credit line on the cart (normally `line` alone) */
  line_ids: string[]
  /** the cart total as if no points were applied (after discounts and other credits) */
  total_before_points: ReturnType<typeof MathBN.convert>
  /** the cart customer's account; null for a guest cart or a customer without one */
  account: { id: string; customer_id: string } | null
  spendable: number
  min_points: number
  max_percent: number
  /** what one point is worth in the cart's currency; null when points can't be spent in it */
  point_value: ReturnType<typeof MathBN.convert> | null
  /** the currency's minor-unit digits (VND 0, USD 2) */
  decimal_digits: number
}

/** The discount `points` buy in the cart's currency, rounded down to its minor unit (whole đồng for VND). */
export function pointsAmount(r: CartRedemption, points: number) {
  if (!r.point_value) return 0
  return MathBN.mult(points, r.point_value).decimalPlaces(r.decimal_digits, ROUND_DOWN).toNumber()
}

/** The most points the cart's share limit allows (max_redeem_percent of its total before points). */
export function maxPointsForCart(r: CartRedemption) {
  if (!r.point_value) return 0
  const limit = MathBN.div(MathBN.mult(r.total_before_points, r.max_percent), 100)
  return Math.max(0, MathBN.div(limit, r.point_value).integerValue(ROUND_DOWN).toNumber())
}

/**
 * The rules of a redemption, checked in the order a shopper can act on them.
 * Throws a 400 whose message starts with `points:`; returns the discount.
 */
export function assertRedeemable(r: CartRedemption, points: number) {
  const invalid = (...args: Parameters<typeof pointsRefusal>) => new MedusaError(MedusaError.Types.INVALID_DATA, pointsRefusal(...args))
  if (!Number.isSafeInteger(points) || points <= 0) throw invalid("not_whole", { points })
  if (!r.point_value) throw invalid("currency", { currency: r.cart.currency_code.toUpperCase() })
  if (points < r.min_points) throw invalid("below_minimum", { min: r.min_points, points })
  if (points > r.spendable) throw invalid("over_balance", { spendable: r.spendable, points })
  const max = maxPointsForCart(r)
  if (points > max) throw invalid("over_share", { max, percent: r.max_percent, points })
  return pointsAmount(r, points)
}

/**
 * What is left of an applied redemption after the cart changed: as many of its
 * points as the balance and the share limit still allow, or null when fewer
 * than the minimum fit (the line goes away).
 */
export function fitRedemption(r: CartRedemption, line: LoyaltyCreditLine) {
  const points = Math.min(line.points, r.spendable, maxPointsForCart(r))
  if (!r.point_value || points < r.min_points) return null
  return { points, amount: pointsAmount(r, points) }
}

