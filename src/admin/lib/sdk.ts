import Medusa from "@medusajs/js-sdk"

// The admin bundler defines __BACKEND_URL__ / __AUTH_TYPE__ from the host's
// `admin` config, as Medusa's own plugins read them; the typeof guards keep the
// plugin working where a bundler does not define them (then the admin and the
// API share an origin, or VITE_BACKEND_URL says where the API is).
const backendUrl =
  (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) ||
  import.meta.env.VITE_BACKEND_URL ||
  "/"
const authType = (typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__) || "session"
const jwtTokenStorageKey =
  (typeof __JWT_TOKEN_STORAGE_KEY__ !== "undefined" && __JWT_TOKEN_STORAGE_KEY__) || undefined

/** The one API client of the CRM's admin extensions. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: false,
  auth: { type: authType, jwtTokenStorageKey },
})

/** Where the API answers, as an absolute URL without a trailing slash (for examples staff copy). */
export const apiBaseUrl = () => new URL(backendUrl, window.location.origin).href.replace(/\/+$/, "")
