import type { Horizon } from '@cxmap/shared'
import { horizonQuarter } from '../parts/format'

/** What the horizon control shows: no horizon, a quarter or a date. */
export type HorizonKind = 'none' | 'quarter' | 'date'

/** The years offered for a quarter: last year to five years ahead, plus the stored year when outside that range. */
export function listHorizonYears(currentYear: number, storedYear?: number): number[] {
  const years = new Set<number>()
  for (let year = currentYear - 1; year <= currentYear + 5; year++) years.add(year)
  if (storedYear !== undefined) years.add(storedYear)
  return [...years].sort((a, b) => a - b)
}

/**
 * The horizon after switching its kind, keeping what it can: a date becomes its quarter, a quarter becomes its last
 * day, and a new one starts at today's quarter or today.
 */
export function switchHorizonKind(horizon: Horizon, kind: HorizonKind, today: Date): Horizon {
  if (kind === 'none') return null
  if (horizon?.kind === kind) return horizon
  const quarter = horizonQuarter(horizon) ?? {
    year: today.getFullYear(),
    quarter: (Math.floor(today.getMonth() / 3) + 1) as 1 | 2 | 3 | 4,
  }
  if (kind === 'quarter') return { kind: 'quarter', ...quarter }
  if (!horizon) return { kind: 'date', date: toIsoDate(today) }
  return { kind: 'date', date: toIsoDate(new Date(quarter.year, quarter.quarter * 3, 0)) }
}

/** A local calendar date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
