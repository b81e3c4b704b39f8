/**
 * CSV as spreadsheets read it (RFC 4180): fields separated by commas, lines
 * by CRLF, a field holding a comma, a quote or a line break quoted with its
 * quotes doubled. A text starting with = + - @ (or a tab or CR) gets a
 * leading apostrophe, so a spreadsheet never runs it as a formula; numbers are
 * written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One line of CSV, CRLF-terminated. */
export const csvLine = (values: (string | number | null | undefined)[]) => `${values.map(csvCell).join(",")}\r\n`

/** The byte order mark Excel needs to read a CSV file as UTF-8 (else Vietnamese and Chinese names come out garbled). */
export const UTF8_BOM = "\uFEFF"
