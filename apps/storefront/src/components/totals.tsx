import { appliedPoints, formatMoney } from "medusa-plugin-spa-crm/storefront"
import { useShop } from "../lib/shop"

/** A line's amount before discounts (Medusa's default store cart fields carry no line subtotal). */
export const lineAmount = (item: { subtotal?: number | null; unit_price: number; quantity: number }) =>
  Number(item.subtotal ?? item.unit_price * item.quantity)

type Priced = {
  currency_code: string
  item_subtotal?: number | null
  discount_total?: number | null
  total: number
  credit_lines?: { reference?: string | null; amount: number | string; metadata?: Record<string, unknown> | null }[] | null
}

/** Subtotal, discounts (promotions, her tier's), what points paid, and the total: for a cart or an order. */
export function Totals({ of }: { of: Priced }) {
  const { locale, text } = useShop()
  const money = (amount: number) => formatMoney(amount, of.currency_code, locale)
  const points = appliedPoints(of)?.amount ?? 0
  return (
    <dl className="shop-totals">
      <div>
        <dt>{text("cart.subtotal")}</dt>
        <dd>{money(Number(of.item_subtotal ?? 0))}</dd>
      </div>
      {Number(of.discount_total) > 0 && (
        <div data-total="discount">
          <dt>{text("cart.discount")}</dt>
          <dd>−{money(Number(of.discount_total))}</dd>
        </div>
      )}
      {points > 0 && (
        <div data-total="points">
          <dt>{text("cart.points")}</dt>
          <dd>−{money(points)}</dd>
        </div>
      )}
      <div className="shop-totals__total" data-total="total">
        <dt>{text("cart.total")}</dt>
        <dd>{money(Number(of.total))}</dd>
      </div>
    </dl>
  )
}
