import type { T } from '@tldraw/validate'
import type { JOURNEY_CARD_TYPE, JourneyCardProps } from './card.ts'
import type { JOURNEY_GRID_TYPE, JourneyGridProps } from './grid.ts'

/** Id of the page tldraw creates in a new document (see `DEFAULT_PAGE_RECORD` in templates/boardSeed.ts). */
export const DEFAULT_PAGE_ID = 'page:page'

/** Prefix of every tldraw shape record id. */
export const SHAPE_ID_PREFIX = 'shape:'

/**
 * A complete tldraw 5.4.2 shape record of type `Type` with props `Props` (what tldraw's shape validator checks).
 * A type alias rather than an interface so that it is assignable to the doc layer's `DocRecord`.
 */
export type JourneyShapeRecord<Type extends string, Props> = {
  id: string
  typeName: 'shape'
  type: Type
  x: number
  y: number
  rotation: number
  /** A tldraw fractional index key (see indexKey.ts); siblings are drawn in ascending string order. */
  index: string
  parentId: string
  isLocked: boolean
  opacity: number
  meta: Record<string, never>
  props: Props
}

/** A journey grid as a tldraw shape record. */
export type JourneyGridRecord = JourneyShapeRecord<typeof JOURNEY_GRID_TYPE, JourneyGridProps>
/** A journey card as a tldraw shape record. */
export type JourneyCardRecord = JourneyShapeRecord<typeof JOURNEY_CARD_TYPE, JourneyCardProps>

/** Fields given to {@link createShapeRecord}; the rest take tldraw's defaults. */
export interface ShapeRecordInit<Type extends string, Props> {
  /** The id without its `shape:` prefix (added when missing). */
  id: string
  type: Type
  x: number
  y: number
  index: string
  props: Props
  parentId?: string
}

/** A shape record with every base field tldraw requires, on the default page unless `parentId` says otherwise. */
export function createShapeRecord<Type extends string, Props>(
  init: ShapeRecordInit<Type, Props>,
): JourneyShapeRecord<Type, Props> {
  return {
    id: init.id.startsWith(SHAPE_ID_PREFIX) ? init.id : SHAPE_ID_PREFIX + init.id,
    typeName: 'shape',
    type: init.type,
    x: init.x,
    y: init.y,
    rotation: 0,
    index: init.index,
    parentId: init.parentId ?? DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: init.props,
  }
}

/** tldraw validators of a shape's props, one per prop (the form tldraw's `RecordProps` and `createTLSchema` take). */
export type PropsValidators<Props> = { [K in keyof Props]: T.Validatable<Props[K]> }
