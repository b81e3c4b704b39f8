import { type AnchorHTMLAttributes, useEffect, useState } from "react"

/** The few pages of the shop, read from the address so each can be reloaded and linked. */
export type Route =
  | { page: "catalog" }
  | { page: "sign-in"; next: string | null }
  | { page: "account" }
  | { page: "cart" }
  | { page: "order"; id: string; placed: boolean }

export function readRoute(location: Location): Route {
  const query = new URLSearchParams(location.search)
  const order = /^\/orders\/([^/]+)$/.exec(location.pathname)
  if (order) return { page: "order", id: decodeURIComponent(order[1]), placed: query.has("placed") }
  switch (location.pathname) {
    case "/sign-in":
      return { page: "sign-in", next: query.get("next") }
    case "/account":
      return { page: "account" }
    case "/cart":
      return { page: "cart" }
    default:
      return { page: "catalog" }
  }
}

export function navigate(href: string) {
  window.history.pushState(null, "", href)
  window.dispatchEvent(new PopStateEvent("popstate"))
  window.scrollTo(0, 0)
}

export function useRoute() {
  const [route, setRoute] = useState(() => readRoute(window.location))
  useEffect(() => {
    const onPop = () => setRoute(readRoute(window.location))
    window.addEventListener("popstate", onPop)
    return () => window.removeEventListener("popstate", onPop)
  }, [])
  return route
}

/** A link that changes page without reloading the shop. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        onClick?.(e)
        if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
        e.preventDefault()
        navigate(href)
      }}
      {...rest}
    />
  )
}
