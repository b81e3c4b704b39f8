import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { LOCALES, type Locale } from "medusa-plugin-spa-crm/storefront"
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react"
import { type ShopTextKey, shopText } from "./texts"

export type ShopRegion = { id: string; name: string; currency_code: string; country_code: string }
/** /config.json, written by the demo seed and served beside the app. */
export type ShopConfig = {
  backendUrl: string
  publishableKey: string
  regions: ShopRegion[]
  shopper: { email: string; password: string } | null
}

type Shop = {
  config: ShopConfig
  sdk: Medusa
  locale: Locale
  setLocale: (locale: Locale) => void
  region: ShopRegion
  setRegion: (id: string) => Promise<void>
  /** undefined while it is being read, null when nobody is signed in */
  customer: HttpTypes.StoreCustomer | null | undefined
  signIn: (email: string, password: string) => Promise<void>
  register: (input: { email: string; password: string; first_name: string; last_name: string; referral_code?: string }) => Promise<void>
  signOut: () => Promise<void>
  cart: HttpTypes.StoreCart | null
  setCart: (cart: HttpTypes.StoreCart | null) => void
  /** After checkout: the cart is an order now; the next purchase starts a new cart. */
  forgetCart: (orderId: string) => void
  /** The order last placed in this tab, which a guest may see */
  lastOrderId: string | null
  refreshCart: () => Promise<void>
  addToCart: (variantId: string, quantity?: number) => Promise<void>
  text: (key: ShopTextKey, vars?: Record<string, string | number>) => string
}

const ShopContext = createContext<Shop | null>(null)
const CART_KEY = "lotus_cart_id"
const LOCALE_KEY = "lotus_locale"
const REGION_KEY = "lotus_region_id"
const LAST_ORDER_KEY = "lotus_last_order_id"

export const useShop = () => {
  const shop = useContext(ShopContext)
  if (!shop) throw new Error("useShop outside <ShopProvider>")
  return shop
}

function initialLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY)
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved as Locale
  const browser = navigator.language.toLowerCase()
  return browser.startsWith("vi") ? "vi" : browser.startsWith("zh") ? "zh-CN" : "en"
}

/**
 * The shop's state: one js-sdk client (the shopper's token kept in
 * localStorage, as a browser-only storefront does), her language and region,
 * who is signed in and her cart.
 */
export function ShopProvider({ config, children }: { config: ShopConfig; children: ReactNode }) {
  const sdk = useMemo(
    () =>
      new Medusa({
        baseUrl: config.backendUrl,
        publishableKey: config.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "local" },
      }),
    [config]
  )
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  const [regionId, setRegionId] = useState(() => localStorage.getItem(REGION_KEY) ?? config.regions[0]?.id)
  const region = config.regions.find((r) => r.id === regionId) ?? config.regions[0]
  const [customer, setCustomer] = useState<HttpTypes.StoreCustomer | null | undefined>(undefined)
  const [cart, setCart] = useState<HttpTypes.StoreCart | null>(null)

  const setLocale = (next: Locale) => {
    localStorage.setItem(LOCALE_KEY, next)
    setLocaleState(next)
  }
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const readCustomer = useCallback(async () => {
    try {
      setCustomer((await sdk.store.customer.retrieve()).customer)
    } catch {
      setCustomer(null)
    }
  }, [sdk])

  const refreshCart = useCallback(async () => {
    const id = localStorage.getItem(CART_KEY)
    if (!id) return setCart(null)
    try {
      const { cart } = await sdk.store.cart.retrieve(id)
      // a completed cart is an order now: the next purchase starts a new one
      if (cart.completed_at) {
        localStorage.removeItem(CART_KEY)
        return setCart(null)
      }
      setCart(cart)
    } catch {
      localStorage.removeItem(CART_KEY)
      setCart(null)
    }
  }, [sdk])

  useEffect(() => {
    void readCustomer()
    void refreshCart()
  }, [readCustomer, refreshCart])

  const setRegion = async (id: string) => {
    localStorage.setItem(REGION_KEY, id)
    setRegionId(id)
    // the cart follows: Medusa prices it again in the region's currency
    if (cart) setCart((await sdk.store.cart.update(cart.id, { region_id: id })).cart)
  }

  const afterSignIn = async () => {
    await readCustomer()
    // a cart started as a guest becomes hers
    if (cart && !cart.customer_id) setCart((await sdk.store.cart.transferCart(cart.id)).cart)
  }

  const shop: Shop = {
    config,
    sdk,
    locale,
    setLocale,
    region,
    setRegion,
    customer,
    signIn: async (email, password) => {
      await sdk.auth.login("customer", "emailpass", { email, password })
      await afterSignIn()
    },
    register: async ({ email, password, first_name, last_name, referral_code }) => {
      // Medusa's sign-up: an identity, the customer it belongs to, then a token that carries her
      await sdk.auth.register("customer", "emailpass", { email, password })
      await sdk.store.customer.create({
        email,
        first_name,
        last_name,
        ...(referral_code ? { metadata: { referral_code } } : {}),
      })
      await sdk.auth.login("customer", "emailpass", { email, password })
      await afterSignIn()
    },
    signOut: async () => {
      await sdk.auth.logout()
      localStorage.removeItem(CART_KEY)
      setCart(null)
      setCustomer(null)
    },
    cart,
    setCart,
    forgetCart: (orderId) => {
      localStorage.removeItem(CART_KEY)
      sessionStorage.setItem(LAST_ORDER_KEY, orderId)
      setCart(null)
    },
    lastOrderId: sessionStorage.getItem(LAST_ORDER_KEY),
    refreshCart,
    addToCart: async (variantId, quantity = 1) => {
      let id = cart?.id
      if (!id) {
        id = (await sdk.store.cart.create({ region_id: region.id })).cart.id
        localStorage.setItem(CART_KEY, id)
      }
      setCart((await sdk.store.cart.createLineItem(id, { variant_id: variantId, quantity })).cart)
    },
    text: (key, vars) => shopText(locale, key, vars),
  }
  return <ShopContext.Provider value={shop}>{children}</ShopContext.Provider>
}
