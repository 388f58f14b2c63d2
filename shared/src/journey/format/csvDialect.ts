import type { Locale } from '../../api.ts'
import { formatNumber } from '../../format/number.ts'

/** A UTF-8 byte order mark: prepend it to a CSV download so that Excel reads the file as UTF-8 (Cyrillic). */
export const CSV_BOM = '\uFEFF'

/**
 * The field separator of a CSV in a language. Excel splits a double-clicked CSV at the system's list separator: `,`
 * with English regional settings, `;` with Russian ones (where `,` is the decimal comma).
 */
export function getCsvSeparator(locale: Locale): ',' | ';' {
  return locale === 'ru' ? ';' : ','
}

/** How text cells of a CSV are written: formula escaping (CSV injection) on or off. */
export function createCsvText(escapeFormulas: boolean): (value: string) => string {
  return (value) => (escapeFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
}

/** A number as a spreadsheet of the language reads it: `-0.5` in English, `-0,5` in Russian; no digit grouping. */
export function formatCsvNumber(value: number, locale: Locale): string {
  // Excel reads a hyphen-minus as a sign, not the real minus `formatNumber` writes for people.
  return formatNumber(value, locale, { grouping: false, maximumFractionDigits: 6 }).replace('\u2212', '-')
}

/**
 * One CSV field, quoted when it holds the separator, a quote, a line break or leading/trailing spaces (quotes
 * doubled).
 */
export function quoteCsvField(value: string, separator: ',' | ';' = ','): string {
  const needsQuotes = /["\r\n]|^\s|\s$/.test(value) || value.includes(separator)
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value
}

/** Rows as RFC 4180 text with the given separator: every record ends with CRLF, the last one too. */
export function joinCsvRows(rows: readonly (readonly string[])[], separator: ',' | ';' = ','): string {
  return rows.map((fields) => fields.map((field) => quoteCsvField(field, separator)).join(separator) + '\r\n').join('')
}
