import type { PointsEntriesResponse } from "../types/loyalty"
import { formatDate, formatPoints } from "./format"
import { type Locale, t } from "./i18n"

export type PointsHistoryProps = {
  /** One page of her history, as `listPointsHistory` answers it. */
  page: PointsEntriesResponse
  locale: Locale
  /** Asks for the page at this offset (the same limit); without it no paging buttons show. */
  onPage?: (offset: number) => void
}

/** Her points history, a page at a time: kind, points ±, reason and date. */
export function PointsHistory({ page, locale, onPage }: PointsHistoryProps) {
  const { entries, count, limit, offset } = page
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
              {entry.reason && <span className="spa-crm-history__reason">{entry.reason}</span>}
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
          {onPage && (
            <>
              <button type="button" className="spa-crm-button spa-crm-button--secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
                {t(locale, "history.previous")}
              </button>
              <button type="button" className="spa-crm-button spa-crm-button--secondary" disabled={offset + limit >= count} onClick={() => onPage(offset + limit)}>
                {t(locale, "history.next")}
              </button>
            </>
          )}
        </nav>
      )}
    </section>
  )
}
