import { isPlainObject } from '../../doc/json.ts'
import { CARD_DEFAULT_H, CARD_DEFAULT_W } from '../card.ts'
import { isCardKind, SCORE_MAX, SCORE_MIN, SEVERITY_MAX, SEVERITY_MIN, type CardKind } from '../cardKind.ts'
import { GRID_DEFAULTS, type JourneyGridProps, type JourneyLane, type JourneyStage } from '../grid.ts'
import { METRIC_KINDS, type MetricKind, type StageMetric } from '../metric.ts'

/*
 * Reading untrusted records. Geometry decides where cards fall, so a grid whose stages, lanes or header sizes are not
 * what tldraw's validator accepts is skipped whole (the canvas would not draw it either); the cards over it become free.
 * A card loses only what is wrong with it: its position must be numbers, everything else gets a default.
 */

/** The base fields of any shape record, enough to place it on its page. */
export interface ShapeNode {
  id: string
  type: string
  parentId: string
  x: number
  y: number
  rotation: number
  index: string
  props: Record<string, unknown>
}

/** The fields of a card that the journey format exports. */
export interface ParsedCard {
  kind: CardKind
  text: string
  w: number
  h: number
  departmentId: string
  authorName: string
  severity: number | undefined
  score: number | undefined
  links: string[]
}

/** A shape record's base fields, or null when it is not a shape record with an id, a parent and a numeric position. */
export function parseShapeNode(record: unknown): ShapeNode | null {
  if (!isPlainObject(record) || record.typeName !== 'shape') return null
  const { id, type, parentId, x, y, rotation, index, props } = record
  if (typeof id !== 'string' || typeof type !== 'string' || typeof parentId !== 'string') return null
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return null
  return {
    id,
    type,
    parentId,
    x,
    y,
    rotation: isFiniteNumber(rotation) ? rotation : 0,
    index: typeof index === 'string' ? index : '',
    props: isPlainObject(props) ? props : {},
  }
}

/** A grid's props as tldraw would accept them (metrics and texts defaulted), or null when its geometry is invalid. */
export function parseGridProps(props: Record<string, unknown>): JourneyGridProps | null {
  const { title, stages, lanes, headerW, headerH } = props
  if (!Array.isArray(stages) || !Array.isArray(lanes)) return null
  if (!isSize(headerW ?? GRID_DEFAULTS.headerW) || !isSize(headerH ?? GRID_DEFAULTS.headerH)) return null
  const parsedStages = stages.map(parseStage)
  const parsedLanes = lanes.map(parseLane)
  if (!isComplete(parsedStages) || !isComplete(parsedLanes)) return null
  if (hasDuplicateIds(parsedStages) || hasDuplicateIds(parsedLanes)) return null
  return {
    title: typeof title === 'string' ? title : '',
    stages: parsedStages,
    lanes: parsedLanes,
    headerW: typeof headerW === 'number' ? headerW : GRID_DEFAULTS.headerW,
    headerH: typeof headerH === 'number' ? headerH : GRID_DEFAULTS.headerH,
  }
}

/** A card's exported fields with defaults for whatever is missing or invalid, severities and scores clamped. */
export function parseCardProps(props: Record<string, unknown>): ParsedCard {
  const kind = isCardKind(props.kind) ? props.kind : 'note'
  return {
    kind,
    text: typeof props.text === 'string' ? props.text : '',
    w: isSize(props.w) ? props.w : CARD_DEFAULT_W,
    h: isSize(props.h) ? props.h : CARD_DEFAULT_H,
    departmentId: typeof props.departmentId === 'string' ? props.departmentId : '',
    authorName: typeof props.authorName === 'string' ? props.authorName : '',
    severity: kind === 'barrier' ? clampScale(props.severity, SEVERITY_MIN, SEVERITY_MAX) : undefined,
    score: kind === 'feeling' ? clampScale(props.score, SCORE_MIN, SCORE_MAX) : undefined,
    links: Array.isArray(props.links) ? props.links.filter((link) => typeof link === 'string') : [],
  }
}

/** A value on an integer scale: rounded and clamped into [min, max]; undefined when it is not a finite number. */
export function clampScale(value: unknown, min: number, max: number): number | undefined {
  if (!isFiniteNumber(value)) return undefined
  return Math.min(max, Math.max(min, Math.round(value)))
}

function parseStage(value: unknown): JourneyStage | null {
  if (!isPlainObject(value) || !isId(value.id) || !isSize(value.w) || value.w === 0) return null
  const metrics = Array.isArray(value.metrics) ? value.metrics.map(parseMetric) : []
  return {
    id: value.id,
    title: typeof value.title === 'string' ? value.title : '',
    w: value.w,
    metrics: metrics.filter((metric) => metric !== null),
  }
}

function parseLane(value: unknown): JourneyLane | null {
  if (!isPlainObject(value) || !isId(value.id) || !isSize(value.h) || value.h === 0) return null
  return {
    id: value.id,
    title: typeof value.title === 'string' ? value.title : '',
    h: value.h,
    cardKind: isCardKind(value.cardKind) ? value.cardKind : 'note',
    prompt: typeof value.prompt === 'string' ? value.prompt : '',
  }
}

function parseMetric(value: unknown): StageMetric | null {
  if (!isPlainObject(value) || !isId(value.id) || !isMetricKind(value.kind)) return null
  return {
    id: value.id,
    kind: value.kind,
    label: typeof value.label === 'string' ? value.label : '',
    current: isFiniteNumber(value.current) ? value.current : null,
    target: isFiniteNumber(value.target) ? value.target : null,
  }
}

function isMetricKind(value: unknown): value is MetricKind {
  return typeof value === 'string' && (METRIC_KINDS as readonly string[]).includes(value)
}

function isComplete<T>(items: (T | null)[]): items is T[] {
  return items.every((item) => item !== null)
}

function hasDuplicateIds(items: { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size !== items.length
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}

function isSize(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}
