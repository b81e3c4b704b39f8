import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js"

/** The spas are in Viet Nam: a national number ("0912 345 678") is read as Vietnamese unless told otherwise. */
export const DEFAULT_PHONE_COUNTRY = "VN"

/** Whether national numbers can be read for this ISO-3166 alpha-2 code (upper case). */
export function isPhoneCountry(code: string): code is CountryCode {
  return isSupportedCountry(code)
}

/**
 * The E.164 form of a phone ("0912 345 678" → "+84912345678"), or null when
 * it is not a valid number. Numbers written with "+" ignore the country.
 * The one place phones are normalised, so that leads, the profile's
 * `phone_e164` and customer matching always agree.
 */
export function toE164(phone: string, country: string = DEFAULT_PHONE_COUNTRY): string | null {
  if (!isPhoneCountry(country)) return null
  const parsed = parsePhoneNumberFromString(phone, country)
  return parsed?.isValid() ? parsed.number : null
}

/**
 * Whether the phone carries an extension ("028 3822 1234 ext. 12"): E.164 has
 * no room for one, and a lead's extension must not be dropped silently.
 */
export function hasPhoneExtension(phone: string, country: string = DEFAULT_PHONE_COUNTRY): boolean {
  if (!isPhoneCountry(country)) return false
  return !!parsePhoneNumberFromString(phone, country)?.ext
}
