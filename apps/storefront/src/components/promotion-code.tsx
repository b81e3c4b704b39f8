import type { HttpTypes } from "@medusajs/types"
import { errorMessage } from "medusa-plugin-spa-crm/storefront"
import { type FormEvent, useState } from "react"
import { useShop } from "../lib/shop"

/**
 * A promotion code on her cart, through Medusa's own cart promotion routes:
 * the spa's codes, a customer set's (S2) among them. Medusa answers 200 and
 * leaves a code off a cart it does not apply to (a set's code for someone
 * outside the set), so the cart's promotions after the call say whether it took.
 */
export function PromotionCode({ cart }: { cart: HttpTypes.StoreCart }) {
  const { locale, sdk, setCart, text } = useShop()
  const [code, setCode] = useState("")
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  // the codes she typed (her tier's automatic promotion is in the discounts already)
  const codes = (cart.promotions ?? []).filter((p) => p.code && !p.is_automatic).map((p) => p.code as string)

  const run = async (action: () => Promise<{ cart: HttpTypes.StoreCart }>, after: (cart: HttpTypes.StoreCart) => void) => {
    setBusy(true)
    setMessage(null)
    try {
      const answer = await action()
      setCart(answer.cart)
      after(answer.cart)
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e, locale) })
    } finally {
      setBusy(false)
    }
  }
  const apply = (event: FormEvent) => {
    event.preventDefault()
    const typed = code.trim()
    if (!typed) return
    void run(
      () => sdk.store.cart.addPromotions(cart.id, { promo_codes: [typed] }),
      (after) => {
        const taken = (after.promotions ?? []).some((p) => p.code?.toLowerCase() === typed.toLowerCase())
        setMessage({ error: !taken, text: text(taken ? "cart.promoApplied" : "cart.promoNotApplied", { code: typed }) })
        if (taken) setCode("")
      }
    )
  }

  return (
    <section className="shop-card shop-stack" data-section="promotion-code">
      <form className="shop-promo" onSubmit={apply}>
        <label className="shop-field">
          <span>{text("cart.promoCode")}</span>
          <input name="promo_code" value={code} autoComplete="off" onChange={(e) => setCode(e.target.value)} />
        </label>
        <button type="submit" className="shop-button shop-button--secondary" disabled={busy || !code.trim()}>
          {text("cart.promoApply")}
        </button>
      </form>
      {codes.length > 0 && (
        <ul className="shop-promo__codes">
          {codes.map((c) => (
            <li key={c} data-promo-code={c}>
              <span className="shop-badge">{c}</span>
              <button
                type="button"
                className="shop-link-button"
                disabled={busy}
                onClick={() => run(() => sdk.store.cart.removePromotions(cart.id, { promo_codes: [c] }), () => undefined)}
              >
                {text("cart.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className={message.error ? "shop-error" : "shop-muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </section>
  )
}
