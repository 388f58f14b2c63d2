import type { Journey, JourneyCardOut } from './journey.ts'

/** A UTF-8 byte order mark: prepend it to a CSV download so that Excel reads the file as UTF-8 (Cyrillic). */
export const CSV_BOM = '\uFEFF'

/** Columns of the journey CSV, in order (the header row). */
export const JOURNEY_CSV_COLUMNS = [
  'grid',
  'stage',
  'lane',
  'kind',
  'text',
  'department',
  'severity',
  'score',
  'author',
] as const

/** Options of {@link formatJourneyCsv}. */
export interface JourneyCsvOptions {
  /**
   * Prefix text cells that start with `=`, `+`, `-`, `@`, a tab or a CR with `'`, so that a spreadsheet shows them as
   * text instead of running them as formulas (CSV injection). Default true; pass false for the raw text.
   */
  escapeFormulas?: boolean
}

/**
 * The journey as CSV (RFC 4180): a header row, then one row per card, grid cards first (grid by grid, stage by stage,
 * lane by lane), then free cards; CRLF line ends, fields quoted when needed. No BOM (see {@link CSV_BOM}).
 */
export function formatJourneyCsv(journey: Journey, options: JourneyCsvOptions = {}): string {
  const escapeFormulas = options.escapeFormulas ?? true
  const text = (value: string) => (escapeFormulas && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
  const row = (grid: string, stage: string, lane: string, card: JourneyCardOut) => [
    text(grid),
    text(stage),
    text(lane),
    card.kind,
    text(card.text),
    text(card.departmentName || card.departmentId),
    card.severity === undefined ? '' : String(card.severity),
    card.score === undefined ? '' : String(card.score),
    text(card.authorName),
  ]
  const rows: string[][] = [[...JOURNEY_CSV_COLUMNS]]
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
  return rows.map((fields) => fields.map(quoteCsvField).join(',') + '\r\n').join('')
}

/** One CSV field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces (quotes doubled). */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
