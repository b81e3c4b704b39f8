import type { Locale } from "./i18n"

// the region formats Intl uses for each language of the components
const INTL_LOCALE: Record<Locale, string> = { en: "en-US", vi: "vi-VN", "zh-CN": "zh-CN" }

export const intlLocale = (locale: Locale) => INTL_LOCALE[locale] ?? "en-US"

/**
 * An amount in major units (as Medusa v2 stores it) in the currency's own
 * format: Intl's minor-unit digits for the currency (VND none, USD two).
 */
export function formatMoney(amount: number, currencyCode: string, locale: Locale) {
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

/** The currency's minor-unit digits, as Intl knows them (VND 0, USD 2). */
export function currencyDigits(currencyCode: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2
}

export const formatPoints = (points: number, locale: Locale) => new Intl.NumberFormat(intlLocale(locale)).format(points)

export const formatDate = (date: string | Date, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { year: "numeric", month: "short", day: "numeric" }).format(new Date(date))
