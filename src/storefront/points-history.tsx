import { POINTS_REASONS, type PointsEntriesResponse, type PointsReasonKey } from "../types/loyalty"
import { formatDate, formatPoints } from "./format"
import { type Locale, t } from "./i18n"

export type PointsHistoryProps = {
  /** One page of her history, as `listPointsHistory` answers it. */
  page: PointsEntriesResponse
  locale: Locale
  /** Asks for the page at this offset (the same limit): paging buttons, in a client component. */
  onPage?: (offset: number) => void
  /** Or the address of the page at this offset: paging links, e.g. from a server component (`?offset=20`). */
  pageHref?: (offset: number) => string
}

const REASON_KEYS = new Map(Object.entries(POINTS_REASONS).map(([key, text]) => [text as string, key as PointsReasonKey]))

/** A reason the plugin wrote, in her language; one staff typed, as written. */
export function reasonText(reason: string, locale: Locale) {
  const key = REASON_KEYS.get(reason)
  return key ? t(locale, `reason.${key}`) : reason
}

/**
 * Her points history, a page at a time: kind, points ±, reason and date.
 * Holds no state, so a server component can render it (with `pageHref`).
 */
export function PointsHistory({ page, locale, onPage, pageHref }: PointsHistoryProps) {
  const { entries, count, limit, offset } = page
  const previous = offset > 0 ? Math.max(0, offset - limit) : null
  const next = offset + limit < count ? offset + limit : null
  const pageControl = (target: number | null, label: string) =>
    pageHref ? (
      target === null ? (
        <span className="spa-crm-button spa-crm-button--secondary" aria-disabled="true">
          {label}
        </span>
      ) : (
        <a className="spa-crm-button spa-crm-button--secondary" href={pageHref(target)}>
          {label}
        </a>
      )
    ) : (
      <button type="button" className="spa-crm-button spa-crm-button--secondary" disabled={target === null} onClick={() => target !== null && onPage?.(target)}>
        {label}
      </button>
    )
  return (
    <section className="spa-crm-card spa-crm-history" aria-label={t(locale, "history.title")}>
      <h2 className="spa-crm-title">{t(locale, "history.title")}</h2>
      {entries.length === 0 ? (
        <p className="spa-crm-empty">{t(locale, "history.empty")}</p>
      ) : (
        <ol className="spa-crm-history__list">
          {entries.map((entry) => (
            <li key={entry.id} className={`spa-crm-history__entry spa-crm-history__entry--${entry.kind}`}>
              <span className="spa-crm-history__kind">{t(locale, `history.kind.${entry.kind}`)}</span>
              <span className={`spa-crm-history__points spa-crm-points--${entry.points < 0 ? "debit" : "credit"}`}>
                {entry.points > 0 ? "+" : entry.points < 0 ? "−" : ""}
                {formatPoints(Math.abs(entry.points), locale)}
              </span>
              {entry.reason && <span className="spa-crm-history__reason">{reasonText(entry.reason, locale)}</span>}
              <time className="spa-crm-history__date" dateTime={entry.created_at}>
                {formatDate(entry.created_at, locale)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {count > 0 && (
        <nav className="spa-crm-pager">
          <span className="spa-crm-pager__range">
            {t(locale, "history.page", { from: offset + 1, to: Math.min(offset + entries.length, count), count })}
          </span>
          {(onPage || pageHref) && (
            <>
              {pageControl(previous, t(locale, "history.previous"))}
              {pageControl(next, t(locale, "history.next"))}
            </>
          )}
        </nav>
      )}
    </section>
  )
}
