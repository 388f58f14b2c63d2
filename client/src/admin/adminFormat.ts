import { formatNumber, type AdminBoard } from '@cxmap/shared'

/** Units of a stored size, in steps of 1024. */
export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB'

const UNITS: readonly SizeUnit[] = ['B', 'KB', 'MB', 'GB']
const NBSP = '\u00a0'

/**
 * A stored size as people of `locale` write it, in B, KB, MB or GB (`12,5 КБ`, `3.4 MB`): one decimal below 10,
 * none above; `unitNames` gives the unit words of the UI language.
 */
export function formatSize(bytes: number, locale: string, unitNames: Record<SizeUnit, string>): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${formatNumber(value, locale, { maximumFractionDigits: digits })}${NBSP}${unitNames[UNITS[unit]!]}`
}

/** A date and time of the list (`6 дек. 2026 г., 14:05`, `Dec 6, 2026, 2:05 PM`). */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return '—'
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** The boards by last activity, most recent first (`desc`) or oldest first (`asc`); ties by title. */
export function sortByLastActive(boards: readonly AdminBoard[], direction: 'asc' | 'desc'): AdminBoard[] {
  const sign = direction === 'desc' ? -1 : 1
  return [...boards].sort(
    (a, b) => sign * a.lastActiveAt.localeCompare(b.lastActiveAt) || a.title.localeCompare(b.title),
  )
}
