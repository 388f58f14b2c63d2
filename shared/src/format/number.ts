/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Digits after the decimal separator at most (default 2); trailing zeros are dropped. */
  maximumFractionDigits?: number
  /** Prefix positive numbers with `+` (effects, scores); negative numbers always get a real minus `−`. */
  signed?: boolean
  /** Group thousands (default true); off for the text of an input, which is read back by {@link parseNumber}. */
  grouping?: boolean
}

const MINUS = '\u2212'

/**
 * A number as people of `locale` write it: `−0,5` and `1 234,5` in Russian, `−0.5` and `1,234.5` in English, with a
 * real minus sign, rounded to two decimals unless told otherwise; never `−0`.
 */
export function formatNumber(value: number, locale: string, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '—'
  const digits = options.maximumFractionDigits ?? 2
  const factor = 10 ** digits
  const rounded = Math.round(Math.abs(value) * factor) / factor
  const body = new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    useGrouping: options.grouping ?? true,
  }).format(rounded)
  if (rounded === 0) return body
  if (value < 0) return `${MINUS}${body}`
  return options.signed ? `+${body}` : body
}

/**
 * A number typed by a person: a comma or a point as the decimal separator (`0,5`, `0.5`), a real minus, a dash or a
 * hyphen before it, spaces between digit groups; null when the text is empty or not one finite number.
 */
export function parseNumber(text: string): number | null {
  const normalized = text
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/^[\u2212\u2013\u2012]/, '-')
    .replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return null
  const value = Number(normalized)
  return Number.isFinite(value) ? value : null
}
