import type { Locale } from '../api.ts'
import { formatNumber } from '../format/number.ts'
import { createCsvText, getCsvSeparator, joinCsvRows } from '../journey/format/csvDialect.ts'
import type { Journey } from '../journey/format/journey.ts'
import type { Horizon, Initiative, InitiativeMetric } from './initiative.ts'
import type { Roadmap } from './roadmapDoc.ts'
import { ROADMAP_CSV_COLUMNS, ROADMAP_CSV_LABELS } from './roadmapCsvLabels.ts'
import { resolveSources, type ResolvedSource } from './resolveSources.ts'

export { ROADMAP_CSV_COLUMNS, ROADMAP_CSV_LABELS, type RoadmapCsvColumn } from './roadmapCsvLabels.ts'

/** Options of {@link formatRoadmapCsv}. */
export interface RoadmapCsvOptions {
  /** Prefix text cells that start with `=`, `+`, `-`, `@`, a tab or a CR with `'` (as the journey CSV). Default true. */
  escapeFormulas?: boolean
  /** Headers, names, numbers, dates and separator in this language (as the journey CSV). Default `en`. */
  locale?: Locale
  /** Stakeholder names by id (from the board's strategy); a stakeholder without a name is written as its id. */
  stakeholderNames?: ReadonlyMap<string, string>
}

/**
 * The roadmap as CSV (RFC 4180): a header row, then one row per initiative in roadmap order; CRLF line ends, no BOM.
 * With the journey, owners are named and sources show where their cards are now; without it, ids are shown.
 */
export function formatRoadmapCsv(roadmap: Roadmap, journey?: Journey, options: RoadmapCsvOptions = {}): string {
  const locale = options.locale ?? 'en'
  const labels = ROADMAP_CSV_LABELS[locale]
  const text = createCsvText(options.escapeFormulas ?? true)
  const titles = new Map(roadmap.initiatives.map((initiative) => [initiative.id, initiative.title]))
  const departments = new Map((journey?.departments ?? []).map((department) => [department.id, department.name]))
  const stakeholders = options.stakeholderNames ?? new Map<string, string>()
  const resolved = journey ? resolveSources(roadmap, journey) : {}
  const formatSources = (initiative: Initiative) => {
    const sources = resolved[initiative.id]
    return sources
      ? sources.map((source) => formatResolvedSource(source, locale)).join('; ')
      : initiative.sources.map((s) => `${s.kind} ${s.cardId}`).join('; ')
  }
  const rows: string[][] = [ROADMAP_CSV_COLUMNS.map((column) => labels.headers[column])]
  for (const initiative of roadmap.initiatives) {
    rows.push([
      String(initiative.wave),
      labels.necessity[initiative.necessity],
      text(initiative.title),
      text(initiative.description),
      text(departments.get(initiative.ownerDepartmentId) ?? initiative.ownerDepartmentId),
      formatHorizon(initiative.horizon, locale),
      labels.status[initiative.status],
      text(initiative.dependsOn.map((id) => titles.get(id) ?? id).join('; ')),
      text(initiative.parallelWith.map((id) => titles.get(id) ?? id).join('; ')),
      text(initiative.metrics.map((metric) => formatMetricEffect(metric, locale)).join('; ')),
      text(formatSources(initiative)),
      text(initiative.stakeholderIds.map((id) => stakeholders.get(id) ?? id).join('; ')),
    ])
  }
  return joinCsvRows(rows, getCsvSeparator(locale))
}

/** `2026 Q3` / `2026-09-30` in English, `3 кв. 2026` / `30.09.2026` in Russian, or '' for no horizon. */
export function formatHorizon(horizon: Horizon, locale: Locale = 'en'): string {
  if (!horizon) return ''
  if (locale === 'ru') {
    if (horizon.kind === 'quarter') return `${horizon.quarter} кв. ${horizon.year}`
    const [year, month, day] = horizon.date.split('-')
    return `${day}.${month}.${year}`
  }
  return horizon.kind === 'quarter' ? `${horizon.year} Q${horizon.quarter}` : horizon.date
}

/**
 * `NPS +5`, `CES −0.5` (a real minus sign), `Retention +2 %`: the label (or kind), the signed effect, the unit; the
 * number in the language's notation (`CES −0,5` in Russian).
 */
export function formatMetricEffect(target: InitiativeMetric, locale: Locale = 'en'): string {
  const name = target.label.trim() || target.metric
  const unit = target.unit ? ` ${target.unit}` : ''
  return `${name} ${formatNumber(target.effect, locale, { signed: true })}${unit}`
}

/** `Stage / Lane: card text`; a free card's text alone; a removed card `(removed) Stage / Lane` (`(удалена)`). */
export function formatResolvedSource(resolved: ResolvedSource, locale: Locale = 'en'): string {
  const place = [resolved.stageTitle, resolved.laneTitle].filter((title) => title !== '').join(' / ')
  if (resolved.status === 'removed') return `(${ROADMAP_CSV_LABELS[locale].removed}) ${place || resolved.source.kind}`
  return place ? `${place}: ${resolved.text}` : resolved.text
}
