import type { Horizon, Initiative, Wave } from '@cxmap/shared'
import { WAVES } from '@cxmap/shared'
import { horizonQuarter } from '../parts/format'

/** A calendar quarter. */
export interface QuarterRef {
  year: number
  quarter: 1 | 2 | 3 | 4
}

/** A column of the timeline: a quarter, or `null` for the final "No horizon" column. */
export type TimelineColumn = QuarterRef | null

/** Where an initiative sits: its column, and its row inside its wave's band (0 = the band's first row). */
export interface TimelinePlacement {
  id: string
  wave: Wave
  column: number
  row: number
}

/** A wave's band of rows; `firstRow` counts rows from the top of all bands. */
export interface TimelineBand {
  wave: Wave
  firstRow: number
  /** At least 1, so an empty wave still shows its band. */
  rowCount: number
}

/** A `dependsOn` link (prerequisite → dependent) or a `parallelWith` link (drawn once per pair). */
export interface TimelineLink {
  from: string
  to: string
  kind: 'depends' | 'parallel'
  /** The dependent is due before its prerequisite. */
  isBackwards: boolean
}

/** Everything the timeline draws, computed from the initiatives alone. */
export interface TimelineLayout {
  columns: TimelineColumn[]
  placements: TimelinePlacement[]
  bands: TimelineBand[]
  links: TimelineLink[]
}

/** The fewest quarter columns the timeline shows. */
export const MIN_QUARTER_COLUMNS = 4

/** The quarter a moment falls in (local calendar). */
export function quarterOf(now: Date): QuarterRef {
  return { year: now.getFullYear(), quarter: (Math.floor(now.getMonth() / 3) + 1) as QuarterRef['quarter'] }
}

function quarterIndex(ref: QuarterRef): number {
  return ref.year * 4 + ref.quarter - 1
}

function quarterAt(index: number): QuarterRef {
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterRef['quarter'] }
}

/**
 * The quarters from the earliest horizon (or the current quarter when nothing is earlier) to the latest, at least
 * {@link MIN_QUARTER_COLUMNS} of them.
 */
export function buildQuarterRange(horizons: readonly Horizon[], current: QuarterRef): QuarterRef[] {
  const indexes = horizons.flatMap((horizon) => {
    const quarter = horizonQuarter(horizon)
    return quarter ? [quarterIndex(quarter)] : []
  })
  const first = Math.min(quarterIndex(current), ...indexes)
  const last = Math.max(first + MIN_QUARTER_COLUMNS - 1, ...indexes)
  return Array.from({ length: last - first + 1 }, (_, offset) => quarterAt(first + offset))
}

/** The first and last day (`YYYY-MM-DD`) a horizon may mean: a quarter spans its days, a date is one day. */
function horizonSpan(horizon: Exclude<Horizon, null>): [string, string] {
  if (horizon.kind === 'date') return [horizon.date, horizon.date]
  const startMonth = (horizon.quarter - 1) * 3 + 1
  const endMonth = startMonth + 2
  const endDay = new Date(Date.UTC(horizon.year, endMonth, 0)).getUTCDate()
  const pad = (value: number) => String(value).padStart(2, '0')
  return [`${horizon.year}-${pad(startMonth)}-01`, `${horizon.year}-${pad(endMonth)}-${pad(endDay)}`]
}

/**
 * Whether `dependent` is certainly due before `prerequisite`: its latest possible day is before the prerequisite's
 * earliest (a date inside the prerequisite's quarter is not flagged). False when either has no horizon.
 */
export function isDueBefore(dependent: Horizon, prerequisite: Horizon): boolean {
  if (!dependent || !prerequisite) return false
  return horizonSpan(dependent)[1] < horizonSpan(prerequisite)[0]
}

/** The column a horizon falls in (the last, "No horizon", without one). */
function columnOf(columns: readonly TimelineColumn[], horizon: Horizon): number {
  const quarter = horizonQuarter(horizon)
  if (!quarter) return columns.length - 1
  return columns.findIndex((column) => column?.year === quarter.year && column.quarter === quarter.quarter)
}

/** Lays out initiatives (in roadmap order) by quarter and wave, with their dependency and parallel links. */
export function buildTimelineLayout(initiatives: readonly Initiative[], current: QuarterRef): TimelineLayout {
  const columns: TimelineColumn[] = [
    ...buildQuarterRange(
      initiatives.map((initiative) => initiative.horizon),
      current,
    ),
    null,
  ]
  const placements: TimelinePlacement[] = []
  const bands: TimelineBand[] = []
  let firstRow = 0
  for (const wave of WAVES) {
    const filled = new Map<number, number>()
    for (const initiative of initiatives) {
      if (initiative.wave !== wave) continue
      const column = columnOf(columns, initiative.horizon)
      const row = filled.get(column) ?? 0
      filled.set(column, row + 1)
      placements.push({ id: initiative.id, wave, column, row })
    }
    const rowCount = Math.max(1, ...filled.values())
    bands.push({ wave, firstRow, rowCount })
    firstRow += rowCount
  }
  return { columns, placements, bands, links: buildLinks(initiatives) }
}

/** Dependencies as prerequisite → dependent; a parallel pair once, from the one listed first. */
export function buildLinks(initiatives: readonly Initiative[]): TimelineLink[] {
  const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]))
  const links: TimelineLink[] = []
  const pairs = new Set<string>()
  for (const initiative of initiatives) {
    for (const prerequisiteId of initiative.dependsOn) {
      const prerequisite = byId.get(prerequisiteId)
      if (!prerequisite) continue
      links.push({
        from: prerequisiteId,
        to: initiative.id,
        kind: 'depends',
        isBackwards: isDueBefore(initiative.horizon, prerequisite.horizon),
      })
    }
    for (const otherId of initiative.parallelWith) {
      const pair = [initiative.id, otherId].sort().join('\n')
      if (!byId.has(otherId) || pairs.has(pair)) continue
      pairs.add(pair)
      links.push({ from: initiative.id, to: otherId, kind: 'parallel', isBackwards: false })
    }
  }
  return links
}

/** The horizon a drop into a column sets: its quarter, or none for the "No horizon" column. */
export function horizonForColumn(column: TimelineColumn): Horizon {
  return column ? { kind: 'quarter', year: column.year, quarter: column.quarter } : null
}

/** Whether moving an initiative to a column changes its horizon (a date inside the column's quarter stays). */
export function isHorizonChange(horizon: Horizon, column: TimelineColumn): boolean {
  const quarter = horizonQuarter(horizon)
  if (!quarter || !column) return quarter !== column
  return quarter.year !== column.year || quarter.quarter !== column.quarter
}

/** The index of the column whose horizontal span holds `x`, or null outside them all. */
export function findColumnAt(x: number, spans: readonly { left: number; right: number }[]): number | null {
  const index = spans.findIndex((span) => x >= span.left && x < span.right)
  return index < 0 ? null : index
}
