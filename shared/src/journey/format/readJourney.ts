import type * as Y from 'yjs'
import type { Locale } from '../../api.ts'
import { readAllRecords } from '../../doc/recordDoc.ts'
import type { RecordLike } from '../../doc/recordFields.ts'
import { isPlainObject } from '../../doc/json.ts'
import { JOURNEY_CARD_TYPE, parseCardProps } from '../card.ts'
import type { Department } from '../department.ts'
import { compareStrings, parseDepartment, readDocDepartments, sortDepartments } from '../departmentDoc.ts'
import {
  cellAt,
  getGridHeight,
  getGridWidth,
  JOURNEY_GRID_TYPE,
  parseGridProps,
  type JourneyGridProps,
} from '../grid.ts'
import {
  JOURNEY_FORMAT_VERSION,
  type Journey,
  type JourneyCardOut,
  type JourneyCellOut,
  type JourneyGridOut,
} from './journey.ts'
import { parseShapeNode, type ShapeNode } from './parseShapes.ts'
import { getPageTransform, toLocal, toPage, type PageTransform, type Point } from './placement.ts'

/** Inputs of {@link readJourney} besides the records. */
export interface ReadJourneyOptions {
  /** Dot votes of a card by shape id (supplied by the voting feature); a card without votes has 0. */
  getVotes?: (cardId: string) => number
}

interface PlacedGrid {
  node: ShapeNode
  props: JourneyGridProps
  transform: PageTransform
  cards: Map<string, PlacedCard[]>
}

interface PlacedCard {
  out: JourneyCardOut
  pageId: string
  centre: Point
}

/**
 * Reads the structured journey from a board's records (any order, any pages): each card goes to the grid cell under
 * its centre, on the topmost grid (by index) whose bounds hold that centre; a card on no cell is free. Malformed records
 * are skipped, never thrown on. The result is the open data format of docs/journey-format.md.
 */
export function readJourney(
  records: Readonly<Record<string, RecordLike>> | readonly RecordLike[],
  departments: readonly Department[],
  options: ReadJourneyOptions = {},
): Journey {
  const { nodes, pageIndexes } = indexRecords(records)
  const boardDepartments = parseDepartmentList(departments)
  const departmentNames = new Map(boardDepartments.map((d) => [d.id, d.name]))
  const grids = collectGrids(nodes)
  const freeCards: PlacedCard[] = []
  for (const node of nodes.values()) {
    if (node.type !== JOURNEY_CARD_TYPE) continue
    const card = placeCard(node, nodes, departmentNames, options)
    if (!card) continue
    const target = findCell(grids, card)
    if (target) pushTo(target.grid.cards, cellKey(target.stageId, target.laneId), card)
    else freeCards.push(card)
  }
  const comparePages = createPageComparer(pageIndexes)
  const readingOrder = (a: PlacedCard, b: PlacedCard) =>
    comparePages(a.pageId, b.pageId) ||
    a.centre.y - b.centre.y ||
    a.centre.x - b.centre.x ||
    compareStrings(a.out.id, b.out.id)
  return {
    version: JOURNEY_FORMAT_VERSION,
    grids: grids
      .sort(
        (a, b) =>
          comparePages(a.transform.pageId, b.transform.pageId) ||
          a.transform.y - b.transform.y ||
          a.transform.x - b.transform.x ||
          compareStrings(a.node.id, b.node.id),
      )
      .map((grid) => toGridOut(grid, readingOrder)),
    freeCards: freeCards.sort(readingOrder).map((card) => card.out),
    departments: boardDepartments,
  }
}

/**
 * Reads the journey of a board doc: its canvas records and its departments (see {@link readJourney}); with the board's
 * `locale`, default departments never renamed are named in it.
 */
export function readDocJourney(doc: Y.Doc, options: ReadJourneyOptions & { locale?: Locale } = {}): Journey {
  return readJourney(readAllRecords(doc), readDocDepartments(doc, options.locale), options)
}

/** Heat of a cell: the sum of its barriers' severities plus the dots of a closed vote on its cards (any kind). */
export function getCellHeat(cards: readonly Pick<JourneyCardOut, 'kind' | 'severity' | 'votes'>[]): number {
  return cards.reduce((sum, card) => sum + (card.kind === 'barrier' ? (card.severity ?? 0) : 0) + card.votes, 0)
}

// The first department of an id wins; malformed ones are dropped.
function parseDepartmentList(departments: unknown): Department[] {
  const byId = new Map<string, Department>()
  for (const value of Array.isArray(departments) ? departments : []) {
    const department = parseDepartment(value)
    if (department && !byId.has(department.id)) byId.set(department.id, department)
  }
  return sortDepartments(byId.values())
}

function indexRecords(records: unknown): { nodes: Map<string, ShapeNode>; pageIndexes: Map<string, string> } {
  const list: unknown[] = Array.isArray(records) ? records : isPlainObject(records) ? Object.values(records) : []
  const nodes = new Map<string, ShapeNode>()
  const pageIndexes = new Map<string, string>()
  for (const record of list) {
    const node = parseShapeNode(record)
    if (node) nodes.set(node.id, node)
    else if (isPlainObject(record) && record.typeName === 'page' && typeof record.id === 'string') {
      pageIndexes.set(record.id, typeof record.index === 'string' ? record.index : '')
    }
  }
  return { nodes, pageIndexes }
}

function collectGrids(nodes: ReadonlyMap<string, ShapeNode>): PlacedGrid[] {
  const grids: PlacedGrid[] = []
  for (const node of nodes.values()) {
    if (node.type !== JOURNEY_GRID_TYPE) continue
    const props = parseGridProps(node.props)
    const transform = props && getPageTransform(node, nodes)
    if (props && transform) grids.push({ node, props, transform, cards: new Map() })
  }
  return grids
}

function placeCard(
  node: ShapeNode,
  nodes: ReadonlyMap<string, ShapeNode>,
  departmentNames: ReadonlyMap<string, string>,
  options: ReadJourneyOptions,
): PlacedCard | null {
  const transform = getPageTransform(node, nodes)
  if (!transform) return null
  const props = parseCardProps(node.props)
  const out: JourneyCardOut = {
    id: node.id,
    kind: props.kind,
    text: props.text,
    departmentId: props.departmentId,
    departmentName: departmentNames.get(props.departmentId) ?? '',
    ...(props.severity === undefined ? {} : { severity: props.severity }),
    ...(props.score === undefined ? {} : { score: props.score }),
    authorName: props.authorName,
    links: props.links,
    votes: readVotes(options, node.id),
    personaId: props.personaId,
    valueCreated: props.valueCreated,
    valueCaptured: props.valueCaptured,
    paidService: props.paidService,
    revenue: props.revenue,
  }
  return { out, pageId: transform.pageId, centre: toPage(transform, { x: props.w / 2, y: props.h / 2 }) }
}

function readVotes(options: ReadJourneyOptions, cardId: string): number {
  const votes = options.getVotes?.(cardId)
  return typeof votes === 'number' && Number.isFinite(votes) && votes > 0 ? Math.floor(votes) : 0
}

// The topmost grid whose bounds hold the centre decides alone: a card on its header row or column is free, even when a
// grid below has a cell there, because the card is seen on top of the upper grid.
function findCell(grids: readonly PlacedGrid[], card: PlacedCard) {
  let top: { grid: PlacedGrid; local: Point } | null = null
  for (const grid of grids) {
    if (grid.transform.pageId !== card.pageId) continue
    const local = toLocal(grid.transform, card.centre)
    const inside =
      local.x >= 0 && local.y >= 0 && local.x < getGridWidth(grid.props) && local.y < getGridHeight(grid.props)
    if (inside && (!top || isAbove(grid.node, top.grid.node))) top = { grid, local }
  }
  const cell = top && cellAt(top.grid.props, top.local.x, top.local.y)
  return top && cell ? { grid: top.grid, ...cell } : null
}

function isAbove(a: ShapeNode, b: ShapeNode): boolean {
  return a.index !== b.index ? a.index > b.index : a.id > b.id
}

function toGridOut(grid: PlacedGrid, readingOrder: (a: PlacedCard, b: PlacedCard) => number): JourneyGridOut {
  const { props, node, transform } = grid
  const cells: JourneyCellOut[] = []
  for (const stage of props.stages) {
    for (const lane of props.lanes) {
      const cards = (grid.cards.get(cellKey(stage.id, lane.id)) ?? []).sort(readingOrder).map((card) => card.out)
      cells.push({ stageId: stage.id, laneId: lane.id, cards, heat: getCellHeat(cards) })
    }
  }
  const feelingLanes = new Set(props.lanes.filter((lane) => lane.cardKind === 'feeling').map((lane) => lane.id))
  return {
    id: node.id,
    title: props.title,
    pageId: transform.pageId,
    personaIds: props.personaIds,
    x: transform.x,
    y: transform.y,
    stages: props.stages.map((stage, index) => ({ id: stage.id, title: stage.title, index, metrics: stage.metrics })),
    lanes: props.lanes.map(({ id, title, cardKind, prompt }) => ({ id, title, cardKind, prompt })),
    cells,
    emotion: props.stages.map((stage) => ({
      stageId: stage.id,
      score: mean(
        cells
          .filter((cell) => cell.stageId === stage.id && feelingLanes.has(cell.laneId))
          .flatMap((cell) => cell.cards)
          .flatMap((card) => (card.kind === 'feeling' && card.score !== undefined ? [card.score] : [])),
      ),
    })),
    heat: { max: cells.reduce((max, cell) => Math.max(max, cell.heat), 0) },
  }
}

function createPageComparer(pageIndexes: ReadonlyMap<string, string>): (a: string, b: string) => number {
  // Pages with a record come first, in tldraw's page order; pages known only from a parent id follow, by id.
  return (a, b) => {
    const indexA = pageIndexes.get(a)
    const indexB = pageIndexes.get(b)
    if (indexA !== undefined && indexB !== undefined && indexA !== indexB) return compareStrings(indexA, indexB)
    if ((indexA === undefined) !== (indexB === undefined)) return indexA === undefined ? 1 : -1
    return compareStrings(a, b)
  }
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
}

function cellKey(stageId: string, laneId: string): string {
  return JSON.stringify([stageId, laneId])
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
