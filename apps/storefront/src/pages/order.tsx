import { formatDate, formatMoney, formatPoints, listMyFeedback, listPointsHistory, RateVisit, rateVisit } from "medusa-plugin-spa-crm/storefront"
import { useEffect } from "react"
import { Status } from "../components/status"
import { lineAmount, Totals } from "../components/totals"
import { Link } from "../lib/router"
import { useShop } from "../lib/shop"
import { useEventually } from "../lib/use-eventually"
import { useLoad } from "../lib/use-load"

/** One of her orders: what she bought, the discount and points on it, the points it earned, and "rate this visit". */
export function OrderPage({ id, placed }: { id: string; placed: boolean }) {
  const { customer, lastOrderId, locale, sdk, text } = useShop()
  const order = useLoad(async () => (await sdk.store.order.retrieve(id, { fields: "+customer_id" })).order, [sdk, id])
  const feedback = useLoad(async () => (await listMyFeedback(sdk, { limit: 100 })).feedback.find((f) => f.order_id === id) ?? null, [sdk, id])
  const earned = useEarnedPoints(id)

  useEffect(() => {
    if (window.location.hash === "#rate" && !feedback.loading) document.getElementById("rate")?.scrollIntoView()
  }, [feedback.loading])

  if (!order.value || customer === undefined) return <Status loading={order.loading} error={order.error} />
  const o = order.value
  // Medusa's store route answers any order to whoever has its id (a guest's
  // confirmation page); the shop shows her own orders, and a guest's just placed
  if (customer ? o.customer_id !== customer.id : o.id !== lastOrderId) {
    return <p className="shop-error" role="alert">{text("order.notYours")}</p>
  }
  return (
    <div className="shop-stack">
      {placed && <p className="shop-notice" role="status">{text("order.placed")}</p>}
      <header className="shop-page-header">
        <h1>{text("order.title", { number: o.display_id ?? "" })}</h1>
        <Link href="/account">{text("order.back")}</Link>
      </header>
      <div className="shop-columns">
        <section className="shop-card" data-section="order">
          <p className="shop-muted">{text("order.date", { date: formatDate(o.created_at as string, locale) })}</p>
          <ul className="shop-lines">
            {o.items?.map((item) => (
              <li key={item.id}>
                <span>
                  {item.product_title}
                  {item.variant_title && item.variant_title !== "Default variant" ? ` · ${item.variant_title}` : ""} × {item.quantity}
                </span>
                <span>{formatMoney(lineAmount(item), o.currency_code, locale)}</span>
              </li>
            ))}
          </ul>
          <Totals of={o} />
          <p className="shop-notice" data-points-earned={earned ?? ""} role="status">
            {earned === null ? text("order.earning") : text("order.earned", { points: formatPoints(earned, locale) })}
          </p>
        </section>
        <div id="rate">
          {feedback.loading ? (
            <Status loading />
          ) : (
            o.status !== "canceled" && (
              <RateVisit orderId={o.id} existing={feedback.value} locale={locale} onSubmit={(body) => rateVisit(sdk, body)} />
            )
          )}
        </div>
      </div>
    </div>
  )
}

/**
 * The points her order earned, read from her history: booked by the plugin
 * when Medusa reports the order placed, so a fresh order waits a moment.
 */
function useEarnedPoints(orderId: string) {
  const { sdk } = useShop()
  const { value } = useEventually(
    async () => {
      const { entries } = await listPointsHistory(sdk, { limit: 50 })
      const mine = entries.filter((e) => e.order_id === orderId && e.kind === "earn")
      return mine.length ? mine.reduce((sum, e) => sum + e.points, 0) : null
    },
    (earned) => earned !== null,
    [sdk, orderId]
  )
  return value ?? null
}
