"use client"

import { useState } from "react"
import { LOYALTY_CREDIT_REFERENCE, type StoreMemberStanding } from "../types/loyalty"
import { errorMessage } from "./client"
import { currencyDigits, formatMoney, formatPoints } from "./format"
import { type Locale, t } from "./i18n"

/** The cart fields the control reads (Medusa's store cart has them all). */
export type PointsCart = {
  currency_code: string
  /** After discounts and credit lines, points included, in major units. */
  total: number
  credit_lines?: { reference?: string | null; amount: number | string; metadata?: Record<string, unknown> | null }[] | null
}

export type UsePointsProps = {
  standing: StoreMemberStanding
  cart: PointsCart
  locale: Locale
  /** Applies the points (e.g. `(p) => applyPoints(sdk, cart.id, p)`), then the shop refreshes the cart it passes. */
  onApply: (points: number) => Promise<unknown>
  onRemove: () => Promise<unknown>
}

/** What `points` take off a cart: their value rounded down to the currency's minor unit, as the server does. */
export function pointsWorth(points: number, pointValue: number, currencyCode: string) {
  const scale = 10 ** currencyDigits(currencyCode)
  // the epsilon keeps 0.05 × 200 = 10.000000000000002 (and its cousins below) at 10
  return Math.floor(points * pointValue * scale + 1e-9) / scale
}

/** The points a cart accepts: at least the programme's minimum, at most her spendable points and the cart's share. */
export function pointsRange(standing: StoreMemberStanding, cart: PointsCart) {
  const value = standing.point_values[cart.currency_code.toLowerCase()]
  if (!value) return null
  const applied = appliedPoints(cart)
  const totalBefore = Number(cart.total) + (applied ? Number(applied.amount) : 0)
  const share = Math.floor((totalBefore * standing.max_redeem_percent) / 100 / value + 1e-9)
  return { value, min: Math.max(1, standing.min_redeem_points), max: Math.max(0, Math.min(standing.spendable, share)) }
}

/** The points applied to a cart (or an order) and what they took off, from its loyalty credit line. */
export function appliedPoints(cart: Pick<PointsCart, "credit_lines">) {
  const line = cart.credit_lines?.find((l) => l.reference === LOYALTY_CREDIT_REFERENCE)
  return line ? { points: Number(line.metadata?.points ?? 0), amount: Number(line.amount) } : null
}

/**
 * "Use points" on her cart: the points she types with their value in money
 * as she types, the min / max the cart accepts, apply and remove, and the
 * server's message when it refuses.
 */
export function UsePoints({ standing, cart, locale, onApply, onRemove }: UsePointsProps) {
  const applied = appliedPoints(cart)
  const range = pointsRange(standing, cart)
  const [input, setInput] = useState(String(applied?.points ?? range?.min ?? ""))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const cur = cart.currency_code
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(errorMessage(e, locale))
    } finally {
      setBusy(false)
    }
  }

  if (!range) {
    return (
      <section className="spa-crm-card spa-crm-use-points">
        <h2 className="spa-crm-title">{t(locale, "points.title")}</h2>
        <p className="spa-crm-empty">{t(locale, "points.unavailable")}</p>
      </section>
    )
  }
  const points = Number(input)
  const valid = Number.isInteger(points) && points > 0
  const usable = range.max >= range.min
  return (
    <section className="spa-crm-card spa-crm-use-points" aria-label={t(locale, "points.title")}>
      <h2 className="spa-crm-title">{t(locale, "points.title")}</h2>
      {applied && (
        <p className="spa-crm-notice spa-crm-use-points__applied" role="status">
          {t(locale, "points.applied", { points: formatPoints(applied.points, locale), amount: formatMoney(applied.amount, cur, locale) })}
        </p>
      )}
      {usable ? (
        <form
          className="spa-crm-use-points__form"
          onSubmit={(e) => {
            e.preventDefault()
            if (valid) void run(() => onApply(points))
          }}
        >
          <label className="spa-crm-field">
            <span className="spa-crm-field__label">{t(locale, "points.label")}</span>
            <input
              className="spa-crm-input"
              type="number"
              inputMode="numeric"
              min={range.min}
              max={range.max}
              step={1}
              value={input}
              onChange={(e) => setInput(e.target.value)}
            />
          </label>
          <p className="spa-crm-use-points__value" aria-live="polite">
            {t(locale, "points.value", { amount: formatMoney(valid ? pointsWorth(points, range.value, cur) : 0, cur, locale) })}
          </p>
          <p className="spa-crm-hint">
            {t(locale, "points.range", { min: formatPoints(range.min, locale), max: formatPoints(range.max, locale) })}
          </p>
          <button type="submit" className="spa-crm-button" disabled={busy || !valid}>
            {t(locale, "points.apply")}
          </button>
        </form>
      ) : (
        <p className="spa-crm-hint">{t(locale, "points.notEnough", { min: formatPoints(range.min, locale) })}</p>
      )}
      {applied && (
        <button type="button" className="spa-crm-button spa-crm-button--secondary" disabled={busy} onClick={() => run(onRemove)}>
          {t(locale, "points.remove")}
        </button>
      )}
      {error && (
        <p className="spa-crm-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
