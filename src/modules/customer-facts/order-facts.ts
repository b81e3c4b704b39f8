import { getLineItemsTotals, MathBN } from "@medusajs/framework/utils"
import { foldedKey } from "../../lib/text"
import { type ItemKind, RETAIL_PRODUCT_TYPES } from "../../types/analytics"
import { placeOf } from "./places"
import type { OrderFactInput } from "./service"

type Amount = Parameters<typeof MathBN.convert>[0]
type Raw = { value: string } | null | undefined

/** What the facts need of an order, as Medusa's Query returns it (ORDER_FACT_FIELDS). */
export type OrderForFacts = {
  id: string
  customer_id: string | null
  currency_code: string
  status: string
  is_draft_order: boolean
  created_at: string | Date
  canceled_at?: string | Date | null
  shipping_address?: { city?: string | null; country_code?: string | null } | null
  billing_address?: { city?: string | null; country_code?: string | null } | null
  summary?: {
    raw_current_order_total?: Raw
    raw_paid_total?: Raw
    raw_refunded_total?: Raw
    current_order_total?: Amount
    paid_total?: Amount
    refunded_total?: Amount
  } | null
  items?: {
    id: string
    title: string
    product_id: string | null
    variant_id: string | null
    quantity: Amount
    unit_price?: Amount
    is_tax_inclusive?: boolean | null
    adjustments?: { amount: Amount; is_tax_inclusive?: boolean | null }[] | null
    tax_lines?: { rate: Amount }[] | null
    // the product's type when it was bought (Medusa keeps it on the line)
    product_type?: string | null
    product?: { collection_id?: string | null } | null
    detail?: { return_received_quantity?: Amount; return_dismissed_quantity?: Amount } | null
  }[]
}

/** The fields of an order Query reads for its facts. */
export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "status",
  "is_draft_order",
  "created_at",
  "canceled_at",
  "summary.*",
  "shipping_address.city",
  "shipping_address.country_code",
  "billing_address.city",
  "billing_address.country_code",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  // what a line's total is made of: Query computes totals only when an order total is asked for, and
  // then loads every relation an order's totals need (three times the read); Medusa's own line
  // arithmetic (getLineItemsTotals) on these few fields gives the same figure
  "items.unit_price",
  "items.is_tax_inclusive",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "items.tax_lines.rate",
  "items.product_type",
  "items.product.collection_id",
  // selecting some of the detail makes Medusa compute the item quantity from it: its quantity too, or every quantity reads 0
  "items.detail.quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
]

const RETAIL_KEYS = new Set(RETAIL_PRODUCT_TYPES.map(foldedKey))

/**
 * A line is a product sold over the counter when its Medusa product's type is
 * one of RETAIL_PRODUCT_TYPES (in any case, with or without accents), else a
 * service: a spa's catalogue is mostly treatments, and a product without a
 * type is taken for one.
 */
export const itemKindOf = (productType: string | null | undefined): ItemKind =>
  productType && RETAIL_KEYS.has(foldedKey(productType)) ? "product" : "service"

/** Placed, not a draft, not canceled: it counts toward spend and visits. */
export const isCounted = (order: Pick<OrderForFacts, "status" | "is_draft_order">) =>
  !order.is_draft_order && !["canceled", "draft"].includes(order.status)

/**
 * What an order counts as spent, from Medusa's own bookkeeping: its current
 * total already drops returned items and order edits but not refunds, which
 * only raise the refunded total. A refund paying back an overpayment (money
 * owed after a return) is already in the lower current total, so only the
 * refunds beyond the overpayment (paid − current) lower the spend:
 *   spend = current − max(0, refunded − max(0, paid − current)), never below 0.
 * An unpaid order counts at its current total.
 */
export function netSpend(current: Amount, paid: Amount, refunded: Amount): string {
  const zero = MathBN.convert(0)
  const overpaid = MathBN.max(zero, MathBN.sub(paid, current))
  const beyond = MathBN.max(zero, MathBN.sub(refunded, overpaid))
  return MathBN.max(zero, MathBN.sub(current, beyond)).toString()
}

const exact = (raw: Raw, plain: Amount | undefined) => (raw?.value ?? MathBN.convert(plain ?? 0).toString()) as string

type FactItem = NonNullable<OrderForFacts["items"]>[number]

/**
 * A line's total as Medusa's order module counts it: on the quantity kept
 * (less what was received back or dismissed), after its discounts, with its
 * taxes — Medusa's own arithmetic, on the line alone.
 */
function lineTotal(item: FactItem): string {
  if (item.unit_price === undefined || item.unit_price === null) return "0"
  const totals = getLineItemsTotals([{ ...item, adjustments: item.adjustments ?? [], tax_lines: item.tax_lines ?? [] }] as never, {})
  return MathBN.convert((Object.values(totals)[0] as { total?: Amount } | undefined)?.total ?? 0).toString()
}

/** An order's facts; `order` null: the order is gone, its facts go too. */
export function orderFactOf(orderId: string, order: OrderForFacts | null): OrderFactInput {
  if (!order) return { order_id: orderId, exists: false }
  const summary = order.summary ?? {}
  const current = exact(summary.raw_current_order_total, summary.current_order_total)
  const paid = exact(summary.raw_paid_total, summary.paid_total)
  const refunded = exact(summary.raw_refunded_total, summary.refunded_total)
  const place = placeOf(order.shipping_address) ?? placeOf(order.billing_address)
  return {
    order_id: order.id,
    exists: true,
    customer_id: order.customer_id,
    currency_code: order.currency_code.toLowerCase(),
    placed_at: order.created_at,
    counted: isCounted(order),
    canceled_at: order.canceled_at ?? null,
    current_total: current,
    paid_total: paid,
    refunded_total: refunded,
    net_spend: netSpend(current, paid, refunded),
    city: place?.city ?? null,
    city_key: place?.city_key ?? null,
    country_code: place?.country_code ?? null,
    items: (order.items ?? []).map((item) => ({
      item_id: item.id,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      collection_id: item.product?.collection_id ?? null,
      title: item.title,
      kind: itemKindOf(item.product_type),
      quantity: MathBN.convert(item.quantity).toNumber(),
      returned_quantity: MathBN.add(item.detail?.return_received_quantity ?? 0, item.detail?.return_dismissed_quantity ?? 0).toNumber(),
      total: lineTotal(item),
    })),
  }
}
