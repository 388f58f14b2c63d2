import { quoteCsvField } from '../journey/format/csv.ts'
import type { Journey } from '../journey/format/journey.ts'
import type { Horizon, InitiativeMetric } from './initiative.ts'
import type { Roadmap } from './roadmapDoc.ts'
import { resolveSources, type ResolvedSource } from './resolveSources.ts'

/** Columns of the roadmap CSV, in order (the header row). */
export const ROADMAP_CSV_COLUMNS = [
  'wave',
  'necessity',
  'title',
  'description',
  'owner',
  'horizon',
  'status',
  'depends_on',
  'parallel_with',
  'metrics',
  'sources',
] as const

/** Options of {@link formatRoadmapCsv}. */
export interface RoadmapCsvOptions {
  /** Prefix text cells that start with `=`, `+`, `-`, `@`, a tab or a CR with `'` (as the journey CSV). Default true. */
  escapeFormulas?: boolean
}

/**
 * The roadmap as CSV (RFC 4180): a header row, then one row per initiative in roadmap order; CRLF line ends, no BOM.
 * With the journey, owners are named and sources show where their cards are now; without it, ids are shown.
 */
export function formatRoadmapCsv(roadmap: Roadmap, journey?: Journey, options: RoadmapCsvOptions = {}): string {
  const escapeFormulas = options.escapeFormulas ?? true
  const text = (value: string) => (escapeFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
  const titles = new Map(roadmap.initiatives.map((initiative) => [initiative.id, initiative.title]))
  const departments = new Map((journey?.departments ?? []).map((department) => [department.id, department.name]))
  const resolved = journey ? resolveSources(roadmap, journey) : {}
  const rows: string[][] = [[...ROADMAP_CSV_COLUMNS]]
  for (const initiative of roadmap.initiatives) {
    const sources = resolved[initiative.id]
    rows.push([
      String(initiative.wave),
      initiative.necessity,
      text(initiative.title),
      text(initiative.description),
      text(departments.get(initiative.ownerDepartmentId) ?? initiative.ownerDepartmentId),
      formatHorizon(initiative.horizon),
      initiative.status,
      text(initiative.dependsOn.map((id) => titles.get(id) ?? id).join('; ')),
      text(initiative.parallelWith.map((id) => titles.get(id) ?? id).join('; ')),
      text(initiative.metrics.map(formatMetricEffect).join('; ')),
      text(
        sources
          ? sources.map(formatResolvedSource).join('; ')
          : initiative.sources.map((s) => `${s.kind} ${s.cardId}`).join('; '),
      ),
    ])
  }
  return rows.map((fields) => fields.map(quoteCsvField).join(',') + '\r\n').join('')
}

/** `2026 Q3`, `2026-09-30`, or '' for no horizon. */
export function formatHorizon(horizon: Horizon): string {
  if (!horizon) return ''
  return horizon.kind === 'quarter' ? `${horizon.year} Q${horizon.quarter}` : horizon.date
}

/** `NPS +5`, `CES −0.5` (a real minus sign), `Retention +2 %`: the label (or kind), the signed effect, the unit. */
export function formatMetricEffect(target: InitiativeMetric): string {
  const name = target.label.trim() || target.metric
  const sign = target.effect > 0 ? '+' : target.effect < 0 ? '\u2212' : ''
  const unit = target.unit ? ` ${target.unit}` : ''
  return `${name} ${sign}${Math.abs(target.effect)}${unit}`
}

/** `Stage / Lane: card text`; a free card's text alone; a removed card `(removed) Stage / Lane`. */
export function formatResolvedSource(resolved: ResolvedSource): string {
  const place = [resolved.stageTitle, resolved.laneTitle].filter((title) => title !== '').join(' / ')
  if (resolved.status === 'removed') return `(removed) ${place || resolved.source.kind}`
  return place ? `${place}: ${resolved.text}` : resolved.text
}
