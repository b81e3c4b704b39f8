"use client"

import { useState } from "react"
import type { CustomerLoyalty } from "../types/loyalty"
import { formatMoney, formatPoints } from "./format"
import { type Locale, t } from "./i18n"

export type MemberCardProps = {
  standing: CustomerLoyalty
  /** The currency she shops in (her region's), lowercase or not: the spend still needed is shown in it. */
  currency: string
  locale: Locale
}

/**
 * Her membership at a glance: points, spendable, pending, tier badge, progress
 * to the next tier with the spend still needed in her currency, points
 * expiring soon and her referral code with copy / share.
 */
export function MemberCard({ standing, currency, locale }: MemberCardProps) {
  const cur = currency.toLowerCase()
  const next = standing.next_tier
  const needed = standing.spend_needed?.[cur]
  const goal = next?.min_spend[cur]
  const percent = goal ? Math.min(100, Math.round(((standing.spend[cur] ?? 0) / goal) * 100)) : next ? 0 : 100
  return (
    <section className="spa-crm-card spa-crm-member-card" aria-label={t(locale, "card.title")}>
      <header className="spa-crm-member-card__header">
        <h2 className="spa-crm-title">{t(locale, "card.title")}</h2>
        <span className={`spa-crm-tier-badge spa-crm-tier-badge--${standing.tier?.handle ?? "none"}`}>
          {standing.tier?.name ?? t(locale, "card.noTier")}
        </span>
      </header>
      <dl className="spa-crm-member-card__points">
        <div className="spa-crm-stat spa-crm-stat--balance">
          <dt>{t(locale, "card.points")}</dt>
          <dd>{formatPoints(standing.balance, locale)}</dd>
        </div>
        <div className="spa-crm-stat">
          <dt>{t(locale, "card.spendable")}</dt>
          <dd>{formatPoints(standing.spendable, locale)}</dd>
        </div>
        <div className="spa-crm-stat">
          <dt>{t(locale, "card.pending")}</dt>
          <dd>{formatPoints(standing.pending, locale)}</dd>
        </div>
      </dl>
      <div className="spa-crm-progress">
        <div className="spa-crm-progress__bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <span className="spa-crm-progress__fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="spa-crm-progress__text">
          {!next
            ? t(locale, "card.topTier")
            : needed !== undefined
              ? t(locale, "card.progress", { amount: formatMoney(needed, cur, locale), tier: next.name })
              : null}
        </p>
      </div>
      {standing.expiring_soon > 0 && (
        <p className="spa-crm-notice spa-crm-expiring" role="status">
          {t(locale, "card.expiring", { points: formatPoints(standing.expiring_soon, locale) })}
        </p>
      )}
      {standing.referral_code && <ReferralCode code={standing.referral_code} locale={locale} />}
    </section>
  )
}

type ShareNavigator = { share?: (data: { text: string }) => Promise<void>; clipboard?: { writeText: (text: string) => Promise<void> } }
const browserNavigator = () => (typeof navigator === "undefined" ? undefined : (navigator as unknown as ShareNavigator))

/**
 * Shares her referral code: the device's share sheet where there is one
 * (phones), else the code goes to the clipboard. Says which happened.
 */
export async function shareReferralCode(code: string, locale: Locale, nav = browserNavigator()): Promise<"shared" | "copied" | "unavailable"> {
  if (nav?.share) {
    // she may close the sheet without sharing: nothing to report
    await nav.share({ text: t(locale, "card.shareText", { code }) }).catch(() => undefined)
    return "shared"
  }
  if (!nav?.clipboard) return "unavailable"
  await nav.clipboard.writeText(code)
  return "copied"
}

function ReferralCode({ code, locale }: { code: string; locale: Locale }) {
  const [copied, setCopied] = useState(false)
  const canShare = Boolean(browserNavigator()?.share)
  const share = async () => setCopied((await shareReferralCode(code, locale)) === "copied")
  return (
    <div className="spa-crm-referral">
      <span className="spa-crm-referral__label">{t(locale, "card.referral")}</span>
      <code className="spa-crm-referral__code">{code}</code>
      <button type="button" className="spa-crm-button spa-crm-button--secondary" onClick={share}>
        {copied ? t(locale, "card.copied") : canShare ? t(locale, "card.share") : t(locale, "card.copy")}
      </button>
    </div>
  )
}
