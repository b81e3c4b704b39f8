import type { HttpTypes } from "@medusajs/types"
import { applyPoints, errorMessage, formatMoney, getMemberStanding, removePoints, UsePoints } from "medusa-plugin-spa-crm/storefront"
import { type FormEvent, useState } from "react"
import { PromotionCode } from "../components/promotion-code"
import { Status } from "../components/status"
import { lineAmount, Totals } from "../components/totals"
import { Link, navigate } from "../lib/router"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

// Medusa's system payment provider: the demo spa takes payment at the counter
const PAY_AT_THE_SPA = "pp_system_default"

/** Her cart: lines, totals, a promotion code, paying part with points, and checkout. */
export function CartPage() {
  const { cart, customer, text } = useShop()
  if (!cart || !cart.items?.length) {
    return (
      <section className="shop-card">
        <h1>{text("cart.title")}</h1>
        <p className="shop-muted">{text("cart.empty")}</p>
        <Link className="shop-button" href="/">
          {text("cart.browse")}
        </Link>
      </section>
    )
  }
  return (
    <>
      <h1>{text("cart.title")}</h1>
      <div className="shop-columns">
        <div className="shop-stack">
          <CartLines cart={cart} />
          <PromotionCode cart={cart} />
          {customer ? (
            <PayWithPoints cart={cart} />
          ) : (
            <p className="shop-card">
              <Link href="/sign-in?next=/cart">{text("cart.signInForPoints")}</Link>
            </p>
          )}
        </div>
        <Checkout cart={cart} customer={customer ?? null} />
      </div>
    </>
  )
}

function CartLines({ cart }: { cart: HttpTypes.StoreCart }) {
  const { locale, sdk, setCart, text } = useShop()
  const [error, setError] = useState<string | null>(null)
  const change = async (action: () => Promise<{ cart?: HttpTypes.StoreCart; parent?: HttpTypes.StoreCart }>) => {
    setError(null)
    try {
      const answer = await action()
      setCart((answer.cart ?? answer.parent)!)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <section className="shop-card" data-section="cart">
      <ul className="shop-lines">
        {cart.items!.map((item) => (
          <li key={item.id} data-line={item.product_handle ?? item.id}>
            <span>
              {item.product_title}
              {item.variant_title && item.variant_title !== "Default variant" ? ` · ${item.variant_title}` : ""}
            </span>
            <label className="shop-qty">
              <span className="shop-visually-hidden">{text("cart.quantity")}</span>
              <input
                type="number"
                min={1}
                max={20}
                value={item.quantity}
                onChange={(e) => {
                  const quantity = Number(e.target.value)
                  if (quantity >= 1) void change(() => sdk.store.cart.updateLineItem(cart.id, item.id, { quantity }))
                }}
              />
            </label>
            <span>{formatMoney(lineAmount(item), cart.currency_code, locale)}</span>
            <button type="button" className="shop-link-button" onClick={() => change(() => sdk.store.cart.deleteLineItem(cart.id, item.id))}>
              {text("cart.remove")}
            </button>
          </li>
        ))}
      </ul>
      <Totals of={cart} />
      {error && <p className="shop-error" role="alert">{error}</p>}
    </section>
  )
}

function PayWithPoints({ cart }: { cart: HttpTypes.StoreCart }) {
  const { locale, sdk, setCart } = useShop()
  const standing = useLoad(async () => (await getMemberStanding(sdk)).loyalty, [sdk])
  if (!standing.value) return <Status loading={standing.loading} error={standing.error} />
  return (
    <UsePoints
      standing={standing.value}
      cart={cart as never}
      locale={locale}
      // the routes answer the cart with Medusa's store cart fields: it replaces ours as it is;
      // her spendable points are read again after it
      onApply={async (points) => {
        setCart((await applyPoints(sdk, cart.id, points)).cart as HttpTypes.StoreCart)
        await standing.reload()
      }}
      onRemove={async () => {
        setCart((await removePoints(sdk, cart.id)).cart as HttpTypes.StoreCart)
        await standing.reload()
      }}
    />
  )
}

function Checkout({ cart, customer }: { cart: HttpTypes.StoreCart; customer: HttpTypes.StoreCustomer | null }) {
  const { forgetCart, region, sdk, text } = useShop()
  const [form, setForm] = useState({
    email: customer?.email ?? cart.email ?? "",
    phone: customer?.phone ?? "",
    first_name: customer?.first_name ?? "",
    last_name: customer?.last_name ?? "",
    address_1: "",
    city: "",
  })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const place = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const { email, ...address } = form
      const where = { ...address, country_code: region.country_code }
      await sdk.store.cart.update(cart.id, { email, shipping_address: where, billing_address: where })
      // the spa's one way: given or handed over at the spa, free
      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      if (!shipping_options.length) throw new Error("no way to receive this order in this region")
      await sdk.store.cart.addShippingMethod(cart.id, { option_id: shipping_options[0].id })
      const { cart: priced } = await sdk.store.cart.retrieve(cart.id)
      await sdk.store.payment.initiatePaymentSession(priced, { provider_id: PAY_AT_THE_SPA })
      const result = await sdk.store.cart.complete(cart.id)
      if (result.type !== "order") throw new Error(result.error?.message ?? "the order could not be placed")
      forgetCart(result.order.id)
      navigate(`/orders/${result.order.id}?placed=1`)
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  const field = (name: keyof typeof form, label: string, type = "text", autoComplete?: string) => (
    <label className="shop-field">
      <span>{label}</span>
      <input name={name} type={type} autoComplete={autoComplete} required value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  )
  return (
    <form className="shop-card shop-form" aria-label={text("checkout.title")} onSubmit={place}>
      <h2>{text("checkout.title")}</h2>
      <h3>{text("checkout.contact")}</h3>
      {field("email", text("checkout.email"), "email", "email")}
      {field("first_name", text("checkout.firstName"), "text", "given-name")}
      {field("last_name", text("checkout.lastName"), "text", "family-name")}
      {field("phone", text("checkout.phone"), "tel", "tel")}
      {field("address_1", text("checkout.address"), "text", "address-line1")}
      {field("city", text("checkout.city"), "text", "address-level2")}
      <p className="shop-muted">{text("checkout.pickup")}</p>
      <p className="shop-muted">{text("checkout.payment")}</p>
      <button type="submit" className="shop-button" disabled={busy}>
        {busy ? text("checkout.placing") : text("checkout.place")}
      </button>
      {error && <p className="shop-error" role="alert">{error}</p>}
    </form>
  )
}
