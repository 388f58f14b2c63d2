import type { Locale } from '../../api.ts'
import { CARD_DEFAULT_W, createCardProps, estimateCardHeight, JOURNEY_CARD_TYPE } from '../card.ts'
import { listDefaultDepartments, type Department } from '../department.ts'
import {
  getLaneOffsets,
  getStageOffsets,
  GRID_DEFAULTS,
  JOURNEY_GRID_TYPE,
  type JourneyGridProps,
  type JourneyLane,
} from '../grid.ts'
import { generateIndexKeys } from '../indexKey.ts'
import type { StageMetric } from '../metric.ts'
import { createShapeRecord, type JourneyCardRecord, type JourneyGridRecord } from '../shapeRecord.ts'
import type { TemplateId } from '../template.ts'
import { EXAMPLE_METRIC_VALUES, TEMPLATE_EXAMPLES, type ExampleCard } from './examples.ts'
import { STAGE_METRICS, TEMPLATE_LAYOUTS, type GridLayout, type StageKey } from './layouts.ts'
import { getTemplateTexts, type TemplateTexts } from './texts.ts'

/** Options of {@link buildTemplate}. */
export interface BuildTemplateOptions {
  /** Add the example journey (an internet provider's connection); the blank board has none. Default false. */
  withExample?: boolean
  /** Page position of the grid's top-left corner. Default 0,0. */
  origin?: { x: number; y: number }
  /** Makes every id (shapes without the `shape:` prefix, stages, lanes, metrics). Default: random ids. */
  idFactory?: () => string
  /** Index keys start above this one (inserting into a page that has shapes); default from `a1`. */
  indexAfter?: string
}

/** What a template adds to a board: shape records (grid, then cards) and the board's departments. */
export interface TemplateBuild {
  records: (JourneyGridRecord | JourneyCardRecord)[]
  departments: Department[]
}

// Space between stacked cards in one cell, and above and below the stack in the fullest cell of a lane.
const CARD_GAP = 16
const CELL_PADDING = 20

/**
 * Builds a template's shapes in the board's language: a grid with its stages and lanes, and with `withExample` the
 * example's cards inside their cells. The output depends only on the arguments and the ids `idFactory` returns.
 */
export function buildTemplate(id: TemplateId, locale: Locale, options: BuildTemplateOptions = {}): TemplateBuild {
  const departments = listDefaultDepartments(locale)
  const layout = TEMPLATE_LAYOUTS[id]
  if (id === 'blank' || !layout) return { records: [], departments }
  const texts = getTemplateTexts(locale)
  const createId = options.idFactory ?? createRandomId
  const origin = options.origin ?? { x: 0, y: 0 }
  const example = options.withExample ? TEMPLATE_EXAMPLES[id] : []
  const [gridIndex = 'a1', ...cardIndexes] = generateIndexKeys(1 + example.length, options.indexAfter)
  const grid = createShapeRecord({
    id: createId(),
    type: JOURNEY_GRID_TYPE,
    x: origin.x,
    y: origin.y,
    index: gridIndex,
    props: buildGridProps(layout, texts, createId, {
      title: example.length > 0 ? `${texts.names[id]} — ${texts.example.subject}` : texts.names[id],
      example,
      hasMetricValues: options.withExample === true,
    }),
  })
  const cardHeight = (card: ExampleCard) => estimateCardHeight(texts.example.cards[card.key])
  const cards = placeExampleCards(grid, layout, example, cardHeight).map(({ card, x, y }, i) =>
    createShapeRecord({
      id: createId(),
      type: JOURNEY_CARD_TYPE,
      x,
      y,
      index: cardIndexes[i] ?? 'a1',
      props: createCardProps(card.kind ?? laneOf(layout, card).cardKind, {
        text: texts.example.cards[card.key],
        h: cardHeight(card),
        departmentId: card.departmentId,
        authorName: texts.example.authors[card.author],
        ...(card.severity === undefined ? {} : { severity: card.severity }),
        ...(card.score === undefined ? {} : { score: card.score }),
      }),
    }),
  )
  return { records: [grid, ...cards], departments }
}

function buildGridProps(
  layout: GridLayout,
  texts: TemplateTexts,
  createId: () => string,
  content: { title: string; example: readonly ExampleCard[]; hasMetricValues: boolean },
): JourneyGridProps {
  const stages = layout.stages.map((key) => ({
    id: createId(),
    title: texts.stages[key],
    w: GRID_DEFAULTS.stageW,
    metrics: layout.hasMetrics ? buildMetrics(key, createId, content.hasMetricValues) : [],
  }))
  const lanes: JourneyLane[] = layout.lanes.map((lane) => {
    const cellCards = (stage: StageKey) => listCellCards(content.example, stage, lane.key)
    const cardHeight = (card: ExampleCard) => estimateCardHeight(texts.example.cards[card.key])
    const stack = Math.max(0, ...layout.stages.map((stage) => getStackHeight(cellCards(stage).map(cardHeight))))
    return {
      id: createId(),
      title: texts.lanes[lane.key].title,
      h: Math.max(GRID_DEFAULTS.laneH, stack + 2 * CELL_PADDING),
      cardKind: lane.cardKind,
      prompt: texts.lanes[lane.key].prompt,
    }
  })
  return {
    title: content.title,
    stages,
    lanes,
    headerW: GRID_DEFAULTS.headerW,
    headerH: GRID_DEFAULTS.headerH,
    personaIds: [],
  }
}

function buildMetrics(stage: StageKey, createId: () => string, hasValues: boolean): StageMetric[] {
  return (STAGE_METRICS[stage] ?? []).map((kind) => {
    const values = hasValues ? EXAMPLE_METRIC_VALUES[stage]?.[kind] : undefined
    return { id: createId(), kind, label: '', current: values?.current ?? null, target: values?.target ?? null }
  })
}

// Cards of one cell are stacked top to bottom, the stack centred in its cell, so each card's centre is in that cell.
function placeExampleCards(
  grid: JourneyGridRecord,
  layout: GridLayout,
  example: readonly ExampleCard[],
  cardHeight: (card: ExampleCard) => number,
) {
  const stageX = getStageOffsets(grid.props)
  const laneY = getLaneOffsets(grid.props)
  return example.map((card) => {
    const stageIndex = layout.stages.indexOf(card.stage)
    const laneIndex = layout.lanes.findIndex((lane) => lane.key === card.lane)
    const siblings = example.filter((other) => other.stage === card.stage && other.lane === card.lane)
    const lane = grid.props.lanes[laneIndex]
    const stage = grid.props.stages[stageIndex]
    if (!lane || !stage) throw new Error(`Example card ${card.key} is outside its template's grid`)
    const heights = siblings.map(cardHeight)
    const top = (laneY[laneIndex] ?? 0) + (lane.h - getStackHeight(heights)) / 2
    const above = getStackHeight(heights.slice(0, siblings.indexOf(card)))
    return {
      card,
      x: grid.x + (stageX[stageIndex] ?? 0) + (stage.w - CARD_DEFAULT_W) / 2,
      y: grid.y + top + (above > 0 ? above + CARD_GAP : 0),
    }
  })
}

function laneOf(layout: GridLayout, card: ExampleCard) {
  const lane = layout.lanes.find((candidate) => candidate.key === card.lane)
  if (!lane) throw new Error(`Example card ${card.key} is in a lane its template lacks`)
  return lane
}

function listCellCards(example: readonly ExampleCard[], stage: StageKey, lane: string): ExampleCard[] {
  return example.filter((card) => card.stage === stage && card.lane === lane)
}

function getStackHeight(heights: readonly number[]): number {
  return heights.length === 0 ? 0 : heights.reduce((sum, h) => sum + h, 0) + (heights.length - 1) * CARD_GAP
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** A random 21-character id (Web Crypto, present in browsers and Node). */
export function createRandomId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(21))
  // 256 % 62 leaves a slight bias towards the first characters, which does not matter for uniqueness at 125 bits.
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')
}
