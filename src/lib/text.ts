/**
 * What text the plugin stores: the rules every API field and every module
 * check share, so "no 500 on any input" holds by construction.
 */

// NUL and the other C0/C1 control characters, tab and line breaks aside:
// Postgres refuses NUL in text, and none of them is ever typed on purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

// a surrogate without its pair: JSON can carry one ("\ud800"), UTF-8 cannot
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// characters that render as nothing and would make "Da khô" and "Da\u200Bkhô" two names
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/** Why a string cannot be stored as text, or null when it can. */
export function textProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value)) return "is not valid Unicode (it holds an unpaired surrogate)"
  if (CONTROL.test(value)) return "must not contain control characters such as NUL"
  return null
}

/**
 * A name as it is stored: composed Unicode (NFC, so "ô" typed as o + ◌̂ is
 * the precomposed "ô"), without invisible characters, spaces collapsed.
 */
export function cleanName(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim()
}

/**
 * The key two names are compared by, whatever the database's locale: the
 * clean name, compatibility-normalised (full-width "Ａ" is "A"), case-folded
 * by Unicode's rules in JavaScript ("ĐẶC BIỆT" → "đặc biệt", "SS" ~ "ß"),
 * where Postgres' lower() in the C locale only folds A–Z.
 */
export function nameKey(value: string): string {
  return cleanName(value).normalize("NFKC").toUpperCase().toLowerCase().normalize("NFC")
}

/**
 * A place name as filters match it, whatever way it was typed: the name key
 * without accents (NFKD, combining marks dropped) and Vietnamese đ as d, the
 * letter people type for it without a Vietnamese keyboard:
 * "Hồ Chí Minh", "HO CHI MINH" and "ho chi minh" → "ho chi minh", "Đà Nẵng" → "da nang".
 */
export function foldedKey(value: string): string {
  return nameKey(value).normalize("NFKD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC")
}
