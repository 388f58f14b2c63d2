import type { Locale } from '../api.ts'
import type { Journey } from '../journey/format/journey.ts'
import { createCsvText, formatCsvNumber, getCsvSeparator, joinCsvRows } from '../journey/format/csvDialect.ts'
import type { StrategyDoc } from './strategyDoc.ts'
import { getStrategyTexts } from './strategyTexts.ts'

/** Columns of the personas CSV, in order (the English header row). */
export const PERSONA_CSV_COLUMNS = [
  'name',
  'segment',
  'goals',
  'preferences',
  'constraints',
  'value',
  'moves_to',
  'journeys',
] as const
/** Columns of the stakeholders CSV, in order (the English header row). */
export const STAKEHOLDER_CSV_COLUMNS = [
  'group',
  'name',
  'wants',
  'priority',
  'conflicts_with',
  'conflicts',
  'if_success',
] as const

const RU_HEADERS: Record<string, string> = {
  name: 'Имя',
  segment: 'Сегмент',
  goals: 'Цели (JTBD)',
  preferences: 'Предпочтения',
  constraints: 'Ограничения',
  value: 'Ценность для компании',
  moves_to: 'Переход в сегмент',
  journeys: 'Карты пути',
  group: 'Группа',
  wants: 'Ожидания',
  priority: 'Приоритет',
  conflicts_with: 'Конфликт с',
  conflicts: 'Конфликты',
  if_success: 'Что изменится при успехе',
}

/** Options of the strategy CSVs: as the journey CSV's (language, formula escaping). */
export interface StrategyCsvOptions {
  locale?: Locale
  escapeFormulas?: boolean
}

/**
 * The personas as CSV (RFC 4180, the journey CSV's dialect): one row per persona in order; `moves_to` names the
 * personas it may move to, `journeys` the titles of the grids drawn for it, both `; `-separated.
 */
export function formatPersonasCsv(strategy: StrategyDoc, journey: Journey, options: StrategyCsvOptions = {}): string {
  const locale = options.locale ?? 'en'
  const text = createCsvText(options.escapeFormulas ?? true)
  const names = new Map(strategy.personas.map((persona) => [persona.id, persona.name]))
  const rows = strategy.personas.map((persona) => [
    text(persona.name),
    text(persona.segment),
    text(persona.goals),
    text(persona.preferences),
    text(persona.constraints),
    text(persona.value),
    text(persona.movesTo.map((id) => names.get(id) ?? id).join('; ')),
    text(
      journey.grids
        .filter((grid) => grid.personaIds.includes(persona.id))
        .map((grid) => grid.title)
        .join('; '),
    ),
  ])
  return joinCsvRows([headerRow(PERSONA_CSV_COLUMNS, locale), ...rows], getCsvSeparator(locale))
}

/** The stakeholder matrix as CSV: one row per stakeholder in order, the group named in the language. */
export function formatStakeholdersCsv(strategy: StrategyDoc, options: StrategyCsvOptions = {}): string {
  const locale = options.locale ?? 'en'
  const text = createCsvText(options.escapeFormulas ?? true)
  const groups = getStrategyTexts(locale).groups
  const names = new Map(strategy.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.name]))
  const rows = strategy.stakeholders.map((stakeholder) => [
    locale === 'en' ? stakeholder.group : groups[stakeholder.group],
    text(stakeholder.name),
    text(stakeholder.wants),
    formatCsvNumber(stakeholder.priority, locale),
    text(stakeholder.conflictsWith.map((id) => names.get(id) ?? id).join('; ')),
    text(stakeholder.conflicts),
    text(stakeholder.ifSuccess),
  ])
  return joinCsvRows([headerRow(STAKEHOLDER_CSV_COLUMNS, locale), ...rows], getCsvSeparator(locale))
}

function headerRow(columns: readonly string[], locale: Locale): string[] {
  return columns.map((column) => (locale === 'ru' ? (RU_HEADERS[column] ?? column) : column))
}
