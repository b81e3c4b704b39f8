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
  // a guest has no account to rate from (the route answers the signed-in shopper only)
  const feedback = useLoad(
    async () => (customer ? ((await listMyFeedback(sdk, { limit: 100 })).feedback.find((f) => f.order_id === id) ?? null) : null),
    [sdk, id, customer]
  )
  const earned = useEarnedPoints(id, !!customer)

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
        {customer ? <Link href="/account">{text("order.back")}</Link> : <Link href="/">{text("order.continue")}</Link>}
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
          {customer ? (
            <p className="shop-notice" data-points-earned={earned.points ?? ""} role="status">
              {earned.points !== null
                ? text("order.earned", { points: formatPoints(earned.points, locale) })
                : earned.waiting
                  ? text("order.earning")
                  : text("order.noPoints")}
            </p>
          ) : (
            // a guest has no points to wait for: the way to collect them next time
            <p className="shop-notice" role="status">
              <Link href="/sign-in">{text("order.guestPoints")}</Link>
            </p>
          )}
        </section>
        <div id="rate">
          {feedback.loading ? (
            <Status loading />
          ) : (
            customer &&
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
 * when Medusa reports the order placed, so a fresh order waits a moment. An
 * order that earns nothing books no entry: none after the wait, it earned no
 * points. A guest has no history to wait for.
 */
function useEarnedPoints(orderId: string, member: boolean) {
  const { sdk } = useShop()
  const { value, waiting } = useEventually(
    async () => {
      if (!member) return null
      const { entries } = await listPointsHistory(sdk, { order_id: orderId, limit: 100 })
      const mine = entries.filter((e) => e.kind === "earn")
      return mine.length ? mine.reduce((sum, e) => sum + e.points, 0) : null
    },
    (earned) => earned !== null || !member,
    [sdk, orderId, member],
    { forMs: 20_000 }
  )
  return { points: value ?? null, waiting: member && waiting }
}
