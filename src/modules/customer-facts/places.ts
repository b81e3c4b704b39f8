import { foldedKey } from "../../lib/text"

/** Where a customer lives, as her facts keep it (the columns set filters read). */
export type Place = { city: string | null; city_key: string | null; country_code: string | null }

type Address = { city?: string | null; country_code?: string | null } | null | undefined

/** An address's city (as typed, trimmed) and its folded key, and its country (ISO-2, lowercase); null when it names neither. */
export function placeOf(address: Address): Place | null {
  const city = address?.city?.trim() || null
  const country = address?.country_code?.trim().toLowerCase() || null
  if (!city && !country) return null
  return { city, city_key: city ? foldedKey(city) : null, country_code: country }
}

export type CustomerAddress = Address & {
  id: string
  is_default_billing?: boolean | null
  is_default_shipping?: boolean | null
  created_at?: string | Date | null
}

/** The fields of a customer Query reads for her place. */
export const CUSTOMER_PLACE_FIELDS = [
  "addresses.id",
  "addresses.city",
  "addresses.country_code",
  "addresses.is_default_billing",
  "addresses.is_default_shipping",
  "addresses.created_at",
]

/** Her place from her own addresses: the default billing one, else the default shipping one, else her first. */
export function customerPlaceOf(addresses: CustomerAddress[] | null | undefined): Place | null {
  const usable = (addresses ?? []).filter((a) => placeOf(a))
  const first = [...usable].sort(
    (a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id)
  )[0]
  return placeOf(usable.find((a) => a.is_default_billing) ?? usable.find((a) => a.is_default_shipping) ?? first)
}
