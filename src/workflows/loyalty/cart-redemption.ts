import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { LOYALTY_MODULE, type LoyaltyModuleService } from "../../modules/loyalty"
import { type CartRedemption, LOYALTY_CREDIT_REFERENCE } from "../../modules/loyalty/rules/redemption"

type CreditLineRow = { id: string; reference: string | null; reference_id: string | null; amount: unknown; metadata: Record<string, unknown> | null }

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

/** The order placed from the cart, if any (Medusa's order ↔ cart link, written when the completion places it). */
export async function orderIdOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
}
