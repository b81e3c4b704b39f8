import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../../modules/loyalty"

/** The cart credit line that carries a member's points (one per cart). */
export const LOYALTY_CREDIT_REFERENCE = "loyalty-points"

/**
 * The ledger's business key of a cart's redemption: booked once, whatever
 * retries. It is booked before Medusa creates the order, so the entry has no
 * `order_id`: an order finds its redemption through its cart (`order.cart.id`).
 */
export const redeemReference = (cartId: string) => `redeem:cart:${cartId}`

// bignumber.js rounding mode: toward zero, so a point never buys more than its value
const ROUND_DOWN = 1

type CreditLineRow = { id: string; reference: string | null; reference_id: string | null; amount: unknown; metadata: Record<string, unknown> | null }

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

/**
 * Reads the cart, its loyalty credit line, the customer's spendable points and
 * the rules. Null when the cart does not exist, or with `withPointsOnly` when
 * no points are applied (the cart refresh asks on every change of every cart).
 */
export async function loadCartRedemption(
  container: MedusaContainer,
  cartId: string,
  { withPointsOnly = false }: { withPointsOnly?: boolean } = {}
): Promise<CartRedemption | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "completed_at",
      "total",
      "credit_lines.id",
      "credit_lines.reference",
      "credit_lines.reference_id",
      "credit_lines.amount",
      "credit_lines.metadata",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  if (!cart) return null

  const loyaltyLines = ((cart.credit_lines ?? []) as CreditLineRow[]).filter((l) => l?.reference === LOYALTY_CREDIT_REFERENCE)
  const first = loyaltyLines[0]
  const line = first
    ? { id: first.id, account_id: first.reference_id ?? "", points: Number(first.metadata?.points ?? 0), amount: Number(first.amount) }
    : null
  if (withPointsOnly && !line) return null
  const applied = loyaltyLines.reduce((sum, l) => MathBN.add(sum, l.amount as number), MathBN.convert(0))

  const [settings, currencies, accounts] = await Promise.all([
    loyalty.retrieveSettings(),
    query.graph({ entity: "currency", fields: ["code", "decimal_digits"], filters: { code: cart.currency_code } }),
    cart.customer_id ? loyalty.listLoyaltyAccounts({ customer_id: cart.customer_id }, { take: 1 }) : Promise.resolve([]),
  ])
  const account = accounts[0] ? { id: accounts[0].id, customer_id: accounts[0].customer_id } : null
  const [summary] = account ? await loyalty.summarisePoints([account.id]) : []
  const value = (settings.point_values as Record<string, number> | null)?.[cart.currency_code.toLowerCase()]

  return {
    cart: { id: cart.id, customer_id: cart.customer_id ?? null, currency_code: cart.currency_code, completed_at: cart.completed_at ?? null },
    line,
    line_ids: loyaltyLines.map((l) => l.id),
    total_before_points: MathBN.add(cart.total ?? 0, applied),
    account,
    spendable: summary?.spendable ?? 0,
    min_points: Math.max(1, Number(settings.min_redeem_points ?? 0)),
    max_percent: Math.min(100, Math.max(0, Number(settings.max_redeem_percent ?? 100))),
    point_value: value && Number(value) > 0 ? MathBN.convert(value) : null,
    decimal_digits: Number(currencies.data[0]?.decimal_digits ?? 2),
  }
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
  const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `points: ${message}`)
  if (!Number.isSafeInteger(points) || points <= 0) throw invalid(`expected a positive whole number of points, got ${points}`)
  if (!r.point_value) throw invalid(`points can't be spent in ${r.cart.currency_code.toUpperCase()}`)
  if (points < r.min_points) throw invalid(`at least ${r.min_points} points must be used at a time, ${points} were asked for`)
  if (points > r.spendable) throw invalid(`only ${r.spendable} points are available, ${points} were asked for`)
  const max = maxPointsForCart(r)
  if (points > max) {
    throw invalid(`at most ${max} points can be used on this cart (${r.max_percent}% of its total), ${points} were asked for`)
  }
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

/** The order placed from the cart, if any (Medusa's order ↔ cart link, written when the completion places it). */
export async function orderIdOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
}
