import { useTranslation } from "react-i18next"

/** The dashboard's language codes ("en", "vi", "zhCN", "ptBR") as BCP 47 tags for Intl. */
export const toIntlLocale = (language: string | undefined) =>
  (language || "en").replace(/^([a-z]{2,3})([A-Z]{2})$/, "$1-$2")

/** The CRM's translator and the admin user's locale for numbers, money and dates. */
export const useCrmTranslation = (namespace = "spa-crm") => {
  const { t, i18n } = useTranslation(namespace)
  return { t, i18n, locale: toIntlLocale(i18n.resolvedLanguage ?? i18n.language) }
}

/** "YYYY-MM-DD" (a calendar date, no time zone) shown in the user's locale. */
export const formatCalendarDate = (value: string, locale: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date)
}

export const formatDateTime = (value: string | Date, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
]

/** "3 hours ago", "yesterday", "in 2 days" in the user's language; `justNow` under a minute. */
export const formatRelativeTime = (value: string | Date, locale: string, justNow: string, now = new Date()) => {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit)
  }
  return justNow
}

/** Amounts are in major units (VND 1500000 is 1,500,000 ₫); Intl knows each currency's decimals. */
export const formatMoney = (amount: number, currencyCode: string, locale: string) => {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

export const formatNumber = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value)

/** A percentage given as a number of percent (12.5) in the locale's form ("12,5 %"). */
export const formatPercent = (percent: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(percent / 100)

/** Whole years between a "YYYY-MM-DD" birthday and today. */
export const ageFromBirthday = (birthday: string, today = new Date()) => {
  const [y, m, d] = birthday.split("-").map(Number)
  if (!y || !m || !d) return null
  const hadBirthday = today.getMonth() + 1 > m || (today.getMonth() + 1 === m && today.getDate() >= d)
  return today.getFullYear() - y - (hadBirthday ? 0 : 1)
}

/** A date picked in the browser (local midnight) as the calendar date "YYYY-MM-DD". */
export const toCalendarDate = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, "0")).join("-")

/** "YYYY-MM-DD" as a local-midnight Date for the date picker. */
export const fromCalendarDate = (value: string | null | undefined) => {
  if (!value) return null
  const [y, m, d] = value.split("-").map(Number)
  return y && m && d ? new Date(y, m - 1, d) : null
}

/** A person's display name, falling back to the e-mail. */
export const personName = (person: { first_name?: string | null; last_name?: string | null; email?: string | null }) =>
  [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email || ""
