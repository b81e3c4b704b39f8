import type Medusa from "@medusajs/js-sdk"
import type { FetchArgs } from "@medusajs/js-sdk"
import type { FeedbackRating, StoreFeedback } from "../types/feedback"
import type { PointsEntriesResponse, StoreMemberStandingResponse } from "../types/loyalty"
import { readPointsRefusal } from "../types/points-refusals"
import { formatPoints } from "./format"
import { type Locale, t } from "./i18n"

/**
 * Typed calls to the plugin's store routes over the shop's own js-sdk
 * instance (its publishable key and the shopper's session or token). A refused
 * call throws the sdk's `FetchError`: `message` is the server's message and
 * `status` its HTTP status.
 */
type StoreSdk = Pick<Medusa, "client">

/**
 * What else a call sends: `headers` (a server rendering for many shoppers with
 * one sdk passes hers, as Medusa's Next.js starter does with `getAuthHeaders()`),
 * `cache`, or a framework's own fetch options.
 */
export type RequestOptions = Omit<FetchArgs, "method" | "body" | "query">

export type Page = { limit?: number; offset?: number }

/** Her points, tier, progress to the next tier, referral code and the rules of spending points. */
export const getMemberStanding = (sdk: StoreSdk, options: RequestOptions = {}) =>
  sdk.client.fetch<StoreMemberStandingResponse>("/store/customers/me/loyalty", options)

/** Her points history, newest first; `order_id`: only what one of her orders booked (earned, spent, taken back). */
export const listPointsHistory = (
  sdk: StoreSdk,
  { limit = 20, offset = 0, order_id }: Page & { order_id?: string } = {},
  options: RequestOptions = {}
) =>
  sdk.client.fetch<PointsEntriesResponse>("/store/customers/me/loyalty/entries", {
    ...options,
    query: { limit, offset, ...(order_id ? { order_id } : {}) },
  })

/** The cart as Medusa's store cart routes answer it. */
export type StoreCartResponse = { cart: Record<string, any> & { id: string; currency_code: string; total: number } }

/** Pays part of her cart with points (replaces what was applied before); answers the cart with its new totals. */
export const applyPoints = (sdk: StoreSdk, cartId: string, points: number, options: RequestOptions = {}) =>
  sdk.client.fetch<StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/loyalty-points`, {
    ...options,
    method: "POST",
    body: { points },
  })

/** Takes the points off her cart again. */
export const removePoints = (sdk: StoreSdk, cartId: string, options: RequestOptions = {}) =>
  sdk.client.fetch<StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}/loyalty-points`, { ...options, method: "DELETE" })

export type MyFeedbackResponse = { feedback: StoreFeedback[]; count: number; limit: number; offset: number }

/** The ratings she gave, newest first. */
export const listMyFeedback = (sdk: StoreSdk, { limit = 20, offset = 0 }: Page = {}, options: RequestOptions = {}) =>
  sdk.client.fetch<MyFeedbackResponse>("/store/customers/me/feedback", { ...options, query: { limit, offset } })

export type RateVisitBody = Record<FeedbackRating, number> & { order_id: string; comment?: string | null }

/** Rates one of her orders, once: a second rating is refused with status 409. */
export const rateVisit = (sdk: StoreSdk, body: RateVisitBody, options: RequestOptions = {}) =>
  sdk.client.fetch<{ feedback: StoreFeedback }>("/store/customers/me/feedback", { ...options, method: "POST", body })

/** Whether an error is the server's "this order is already rated" (409). */
export const isConflict = (error: unknown) => (error as { status?: number } | null)?.status === 409

/**
 * The message to show for a failed call: in `locale` when the server refused
 * points (its figures formatted for her), else the server's own words.
 */
export function errorMessage(error: unknown, locale?: Locale) {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error)
  const refusal = locale ? readPointsRefusal(message) : null
  if (!refusal || !locale) return message
  const figures = Object.fromEntries(
    Object.entries(refusal.figures).map(([name, value]) => [name, /^\d+$/.test(String(value)) ? formatPoints(Number(value), locale) : value])
  )
  return t(locale, `refusal.${refusal.reason}`, figures)
}
