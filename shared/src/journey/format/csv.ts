import type { Locale } from '../../api.ts'
import type { CardKind } from '../cardKind.ts'
import { createCsvText, formatCsvNumber, getCsvSeparator, joinCsvRows } from './csvDialect.ts'
import type { Journey, JourneyCardOut } from './journey.ts'

/** Columns of the journey CSV, in order (the English header row). */
export const JOURNEY_CSV_COLUMNS = [
  'grid',
  'stage',
  'lane',
  'kind',
  'text',
  'department',
  'severity',
  'score',
  'votes',
  'author',
  'persona',
  'valueCreated',
  'valueCaptured',
  'paidService',
  'revenue',
] as const

/** One column of the journey CSV. */
export type JourneyCsvColumn = (typeof JOURNEY_CSV_COLUMNS)[number]

/** The header row of the journey CSV in each language. */
export const JOURNEY_CSV_HEADERS: Record<Locale, Record<JourneyCsvColumn, string>> = {
  en: Object.fromEntries(JOURNEY_CSV_COLUMNS.map((column) => [column, column])) as Record<JourneyCsvColumn, string>,
  ru: {
    grid: 'Сетка',
    stage: 'Этап',
    lane: 'Дорожка',
    kind: 'Тип',
    text: 'Текст',
    department: 'Отдел',
    severity: 'Критичность',
    score: 'Оценка',
    votes: 'Голоса',
    author: 'Автор',
    persona: 'Персона',
    valueCreated: 'Ценность для клиента',
    valueCaptured: 'Ценность для компании',
    paidService: 'Платная услуга',
    revenue: 'Выручка в месяц',
  },
}

/** Card kinds as the journey CSV names them: the stable ids in English, their Russian names on a Russian board. */
export const CSV_CARD_KIND_NAMES: Record<Locale, Record<CardKind, string>> = {
  en: {
    touchpoint: 'touchpoint',
    goal: 'goal',
    feeling: 'feeling',
    step: 'step',
    expectation: 'expectation',
    barrier: 'barrier',
    idea: 'idea',
    channel: 'channel',
    message: 'message',
    note: 'note',
    monetisation: 'monetisation',
  },
  ru: {
    touchpoint: 'точка контакта',
    goal: 'цель (JTBD)',
    feeling: 'чувство',
    step: 'шаг',
    expectation: 'ожидание',
    barrier: 'барьер',
    idea: 'идея',
    channel: 'канал',
    message: 'сообщение',
    note: 'заметка',
    monetisation: 'монетизация',
  },
}

/** Options of {@link formatJourneyCsv}. */
export interface JourneyCsvOptions {
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, a tab or a CR with `'`, so that a spreadsheet shows them as
   * text instead of running them as formulas (CSV injection). Default true; pass false for the raw text.
   */
  escapeFormulas?: boolean
  /**
   * The language of the headers, the kind names, the numbers and the separator (`en`: `,` and `-0.5`; `ru`: `;` and
   * `-0,5`, as Excel with Russian settings reads them). Default `en`.
   */
  locale?: Locale
  /** Persona names by id (from the board's strategy); a card's persona without a name is written as its id. */
  personaNames?: ReadonlyMap<string, string>
}

/**
 * The journey as CSV (RFC 4180): a header row, then one row per card, grid cards first (grid by grid, stage by stage,
 * lane by lane), then free cards; CRLF line ends, fields quoted when needed. No BOM (see `CSV_BOM`).
 */
export function formatJourneyCsv(journey: Journey, options: JourneyCsvOptions = {}): string {
  const locale = options.locale ?? 'en'
  const text = createCsvText(options.escapeFormulas ?? true)
  const personaNames = options.personaNames ?? new Map<string, string>()
  const number = (value: number | undefined) => (value === undefined ? '' : formatCsvNumber(value, locale))
  const row = (grid: string, stage: string, lane: string, card: JourneyCardOut) => [
    text(grid),
    text(stage),
    text(lane),
    CSV_CARD_KIND_NAMES[locale][card.kind],
    text(card.text),
    text(card.departmentName || card.departmentId),
    number(card.severity),
    number(card.score),
    number(card.votes),
    text(card.authorName),
    text(personaNames.get(card.personaId) ?? card.personaId),
    text(card.valueCreated),
    text(card.valueCaptured),
    text(card.paidService),
    card.revenue > 0 ? number(card.revenue) : '',
  ]
  const headers = JOURNEY_CSV_HEADERS[locale]
  const rows: string[][] = [JOURNEY_CSV_COLUMNS.map((column) => headers[column])]
  for (const grid of journey.grids) {
    const stageTitles = new Map(grid.stages.map((stage) => [stage.id, stage.title]))
    const laneTitles = new Map(grid.lanes.map((lane) => [lane.id, lane.title]))
    for (const cell of grid.cells) {
      const stage = stageTitles.get(cell.stageId) ?? ''
      const lane = laneTitles.get(cell.laneId) ?? ''
      for (const card of cell.cards) rows.push(row(grid.title, stage, lane, card))
    }
  }
  for (const card of journey.freeCards) rows.push(row('', '', '', card))
  return joinCsvRows(rows, getCsvSeparator(locale))
}
