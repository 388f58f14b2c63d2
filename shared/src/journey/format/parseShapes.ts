import { isPlainObject } from '../../doc/json.ts'
import { isFiniteNumber } from '../lenient.ts'

/*
 * Reading untrusted shape records. The props of each custom shape are read by its model's lenient reader
 * (`parseCardProps` in card.ts, `parseGridProps` in grid.ts); here only the base fields every shape has.
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
