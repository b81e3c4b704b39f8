"use client"

import { useState } from "react"
import { FEEDBACK_COMMENT_MAX, FEEDBACK_RATINGS, type FeedbackRating, RATING_MAX, RATING_MIN, type StoreFeedback } from "../types/feedback"
import { errorMessage, isConflict, type RateVisitBody } from "./client"
import { type Locale, t } from "./i18n"

export type RateVisitProps = {
  orderId: string
  /** Her rating of this order, if she gave one (from `listMyFeedback`): shown read-only. */
  existing?: StoreFeedback | null
  locale: Locale
  /** Sends the rating (e.g. `(body) => rateVisit(sdk, body)`); a 409 means she had already rated it. */
  onSubmit: (body: RateVisitBody) => Promise<{ feedback: StoreFeedback } | unknown>
}

export type RatingOutcome =
  | { kind: "sent"; feedback: StoreFeedback }
  | { kind: "already_rated" }
  | { kind: "error"; message: string }

/** Sends a rating and says what she sees next: her rating, "already rated" (a 409), or the server's message. */
export async function sendRating(onSubmit: RateVisitProps["onSubmit"], body: RateVisitBody): Promise<RatingOutcome> {
  try {
    const answer = (await onSubmit(body)) as { feedback?: StoreFeedback } | null | undefined
    const { order_id, comment, ...ratings } = body
    // a callback that answers nothing still shows what she sent
    const feedback = answer?.feedback ?? { id: "", order_id, ...ratings, comment: comment ?? null, created_at: new Date().toISOString() }
    return { kind: "sent", feedback }
  } catch (e) {
    return isConflict(e) ? { kind: "already_rated" } : { kind: "error", message: errorMessage(e) }
  }
}

const STARS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i)

/** Rate-my-visit for one of her orders: overall and four dimensions from 1 to 5, a comment; once per order. */
export function RateVisit({ orderId, existing, locale, onSubmit }: RateVisitProps) {
  const [ratings, setRatings] = useState<Partial<Record<FeedbackRating, number>>>({})
  const [comment, setComment] = useState("")
  const [sent, setSent] = useState<StoreFeedback | null>(null)
  const [alreadyRated, setAlreadyRated] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const shown = existing ?? sent
  if (shown) return <RatingSummary feedback={shown} locale={locale} thanks={!existing} />

  const complete = FEEDBACK_RATINGS.every((r) => ratings[r] !== undefined)
  const submit = async () => {
    if (!complete) return setError(t(locale, "rate.missing"))
    setBusy(true)
    setError(null)
    const outcome = await sendRating(onSubmit, { order_id: orderId, ...(ratings as Record<FeedbackRating, number>), comment: comment.trim() || null })
    setBusy(false)
    if (outcome.kind === "sent") setSent(outcome.feedback)
    else if (outcome.kind === "already_rated") setAlreadyRated(true)
    else setError(outcome.message)
  }

  if (alreadyRated) {
    return (
      <section className="spa-crm-card spa-crm-rate-visit">
        <p className="spa-crm-notice" role="status">
          {t(locale, "rate.alreadyRated")}
        </p>
      </section>
    )
  }
  return (
    <form
      className="spa-crm-card spa-crm-rate-visit"
      aria-label={t(locale, "rate.title")}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2 className="spa-crm-title">{t(locale, "rate.title")}</h2>
      {FEEDBACK_RATINGS.map((rating) => (
        <fieldset key={rating} className={`spa-crm-rating spa-crm-rating--${rating}`} role="radiogroup" aria-labelledby={`spa-crm-${orderId}-${rating}`}>
          <legend id={`spa-crm-${orderId}-${rating}`} className="spa-crm-rating__label">
            {t(locale, `rate.${rating}`)}
          </legend>
          {STARS.map((n) => (
            <label key={n} className="spa-crm-rating__option">
              <input
                type="radio"
                name={`spa-crm-${orderId}-${rating}`}
                value={n}
                checked={ratings[rating] === n}
                aria-label={t(locale, "rate.star", { n })}
                onChange={() => setRatings((r) => ({ ...r, [rating]: n }))}
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <label className="spa-crm-field">
        <span className="spa-crm-field__label">{t(locale, "rate.comment")}</span>
        <textarea className="spa-crm-input" maxLength={FEEDBACK_COMMENT_MAX} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit" className="spa-crm-button" disabled={busy}>
        {t(locale, "rate.submit")}
      </button>
      {error && (
        <p className="spa-crm-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function RatingSummary({ feedback, locale, thanks }: { feedback: StoreFeedback; locale: Locale; thanks: boolean }) {
  return (
    <section className="spa-crm-card spa-crm-rate-visit spa-crm-rate-visit--done" aria-label={t(locale, "rate.yours")}>
      <h2 className="spa-crm-title">{t(locale, thanks ? "rate.thanks" : "rate.yours")}</h2>
      <dl className="spa-crm-rating-summary">
        {FEEDBACK_RATINGS.map((rating) => (
          <div key={rating} className="spa-crm-rating-summary__row">
            <dt>{t(locale, `rate.${rating}`)}</dt>
            <dd aria-label={t(locale, "rate.star", { n: feedback[rating] })}>
              {"★".repeat(feedback[rating])}
              {"☆".repeat(RATING_MAX - feedback[rating])}
            </dd>
          </div>
        ))}
      </dl>
      {feedback.comment && <p className="spa-crm-rating-summary__comment">{feedback.comment}</p>}
    </section>
  )
}
