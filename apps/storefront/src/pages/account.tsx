import {
  formatDate,
  formatMoney,
  getMemberStanding,
  listMyFeedback,
  listPointsHistory,
  MemberCard,
  PointsHistory,
} from "medusa-plugin-spa-crm/storefront"
import { useState } from "react"
import { Status } from "../components/status"
import { Link, navigate } from "../lib/router"
import { useShop } from "../lib/shop"
import { useEventually } from "../lib/use-eventually"
import { useLoad } from "../lib/use-load"

const HISTORY_PAGE = 10

/** Her account: the member card, her points history, her orders and which of them she rated. */
export function AccountPage() {
  const { customer, region, locale, sdk, signOut, text } = useShop()
  if (customer === undefined) return <Status loading />
  if (customer === null) {
    return (
      <section className="shop-card">
        <p>{text("account.signInFirst")}</p>
        <Link className="shop-button" href="/sign-in?next=/account">
          {text("nav.signIn")}
        </Link>
      </section>
    )
  }
  return (
    <>
      <header className="shop-page-header">
        <h1>{text("account.hello", { name: customer.first_name || customer.email })}</h1>
        <button
          type="button"
          className="shop-button shop-button--secondary"
          onClick={async () => {
            await signOut()
            navigate("/")
          }}
        >
          {text("account.signOut")}
        </button>
      </header>
      <div className="shop-columns">
        <Membership currency={region.currency_code} welcome={new URLSearchParams(window.location.search).has("welcome")} />
        <Orders />
      </div>
    </>
  )
}

/** Her card and history; just registered (`?welcome`), they wait for the sign-up bonus to be booked. */
function Membership({ currency, welcome }: { currency: string; welcome: boolean }) {
  const { locale, sdk, text } = useShop()
  const [offset, setOffset] = useState(0)
  const standing = useEventually(async () => (await getMemberStanding(sdk)).loyalty, (s) => !welcome || s.balance > 0, [sdk, welcome])
  const booked = standing.value && (!welcome || standing.value.balance > 0)
  const history = useLoad(() => listPointsHistory(sdk, { limit: HISTORY_PAGE, offset }), [sdk, offset, booked])
  return (
    <div className="shop-stack" data-section="membership">
      {welcome && <p className="shop-notice" role="status">{text(booked ? "account.welcome" : "account.welcomeWaiting")}</p>}
      <Status loading={standing.loading} error={standing.error} />
      {standing.value && <MemberCard standing={standing.value} currency={currency} locale={locale} />}
      {history.value && <PointsHistory page={history.value} locale={locale} onPage={setOffset} />}
    </div>
  )
}

function Orders() {
  const { locale, sdk, text } = useShop()
  const orders = useLoad(
    async () => {
      const [list, feedback] = await Promise.all([
        sdk.store.order.list({ limit: 20, order: "-created_at", fields: "id,display_id,created_at,total,currency_code,status" }),
        listMyFeedback(sdk, { limit: 100 }),
      ])
      const rated = new Set(feedback.feedback.map((f) => f.order_id))
      return list.orders.map((o) => ({ ...o, rated: rated.has(o.id) }))
    },
    [sdk]
  )
  return (
    <section className="shop-card" data-section="orders">
      <h2>{text("account.orders")}</h2>
      <Status loading={orders.loading} error={orders.error} />
      {orders.value?.length === 0 && <p className="shop-muted">{text("account.noOrders")}</p>}
      <ul className="shop-orders">
        {orders.value?.map((o) => (
          <li key={o.id} className="shop-orders__row" data-order={o.display_id}>
            <Link href={`/orders/${o.id}`}>{text("account.order", { number: o.display_id ?? "" })}</Link>
            <span className="shop-muted">{formatDate(o.created_at as string, locale)}</span>
            <span>{formatMoney(Number(o.total), o.currency_code, locale)}</span>
            {o.status === "canceled" ? null : o.rated ? (
              <span className="shop-badge">{text("account.rated")}</span>
            ) : (
              <Link className="shop-button shop-button--small" href={`/orders/${o.id}#rate`}>
                {text("account.rate")}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
