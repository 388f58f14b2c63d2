import { JOURNEY_CARD_TYPE, JOURNEY_GRID_TYPE, createCardProps, type JourneyGridProps } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import type { JourneyCardShape } from '../../cards/cardShape.ts'

export { createHeadlessEditor, dispatchPointer, doubleClick, dragPointer } from '../../../../test/headlessEditor.ts'

/** Grid props with stages of 200 and lanes of 100 (headers 100 × 50), so cells are easy to address. */
export function makeGridProps(stageCount: number, laneCount: number): JourneyGridProps {
  return {
    title: 'Map',
    stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, title: `S${i}`, w: 200, metrics: [] })),
    lanes: Array.from({ length: laneCount }, (_, i) => ({
      id: `l${i}`,
      title: `L${i}`,
      h: 100,
      cardKind: i === 1 ? ('feeling' as const) : ('touchpoint' as const),
      prompt: '',
    })),
    headerW: 100,
    headerH: 50,
    personaIds: [],
  }
}

/** Creates a grid at x, y and returns its id. */
export function addGrid(editor: Editor, props: JourneyGridProps, x = 0, y = 0): TLShapeId {
  const id = `shape:grid${Math.random().toString(36).slice(2)}` as TLShapeId
  editor.createShape({ id, type: JOURNEY_GRID_TYPE, x, y, props })
  return id
}

/** Creates a 40×40 card centred in the given cell of a grid placed at 0,0 (see `makeGridProps`). */
export function addCardInCell(
  editor: Editor,
  stageIndex: number,
  laneIndex: number,
  props: Partial<JourneyCardShape['props']> = {},
): TLShapeId {
  const id = `shape:card${Math.random().toString(36).slice(2)}` as TLShapeId
  const x = 100 + stageIndex * 200 + 80
  const y = 50 + laneIndex * 100 + 30
  editor.createShape({ id, type: JOURNEY_CARD_TYPE, x, y, props: createCardProps('note', { w: 40, h: 40, ...props }) })
  return id
}

/** The x, y of a shape. */
export function positionOf(editor: Editor, id: TLShapeId): { x: number; y: number } | undefined {
  const shape = editor.getShape(id)
  return shape ? { x: shape.x, y: shape.y } : undefined
}
