import { LOCALES, type Locale, SPA_CRM_STYLES } from "medusa-plugin-spa-crm/storefront"
import { createRoot } from "react-dom/client"
import "./styles.css"
import { AccountPage } from "./pages/account"
import { CartPage } from "./pages/cart"
import { CatalogPage } from "./pages/catalog"
import { OrderPage } from "./pages/order"
import { SignInPage } from "./pages/sign-in"
import { Link, useRoute } from "./lib/router"
import { type ShopConfig, ShopProvider, useShop } from "./lib/shop"
import { LANGUAGE_NAMES } from "./lib/texts"

function Header() {
  const { cart, config, customer, locale, region, setLocale, setRegion, text } = useShop()
  const count = cart?.items?.reduce((n, i) => n + i.quantity, 0) ?? 0
  return (
    <header className="shop-header">
      <Link href="/" className="shop-logo">
        Lotus <span>Spa &amp; Salon</span>
      </Link>
      <nav className="shop-nav">
        <Link href="/">{text("nav.catalog")}</Link>
        {customer ? <Link href="/account">{text("nav.account")}</Link> : <Link href="/sign-in">{text("nav.signIn")}</Link>}
        <Link href="/cart" data-cart-count={count}>
          {text("nav.cart", { count })}
        </Link>
      </nav>
      <div className="shop-settings">
        <label>
          <span className="shop-visually-hidden">{text("nav.language")}</span>
          <select name="language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="shop-visually-hidden">{text("nav.region")}</span>
          <select name="region" value={region.id} onChange={(e) => void setRegion(e.target.value)}>
            {config.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} · {r.currency_code.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  )
}

function Shop() {
  const route = useRoute()
  return (
    <>
      <Header />
      <main className="shop-main" data-page={route.page}>
        {route.page === "catalog" && <CatalogPage />}
        {route.page === "sign-in" && <SignInPage next={route.next} />}
        {route.page === "account" && <AccountPage />}
        {route.page === "cart" && <CartPage />}
        {route.page === "order" && <OrderPage key={route.id} id={route.id} placed={route.placed} />}
      </main>
      <footer className="shop-footer">Lotus Spa &amp; Salon · 12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh</footer>
    </>
  )
}

const config: ShopConfig = await (await fetch("/config.json")).json()
// the components' default look, themed below through their --spa-crm-* variables
const style = document.createElement("style")
style.textContent = SPA_CRM_STYLES
document.head.prepend(style)
createRoot(document.getElementById("root")!).render(
  <ShopProvider config={config}>
    <Shop />
  </ShopProvider>
)
