import { JOURNEY_CARD_TYPE, createCardProps } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import type { JourneyGridShape } from './gridProps.ts'
import {
  addCardInCell,
  addGrid,
  createHeadlessEditor,
  dispatchPointer,
  dragPointer,
  makeGridProps,
  positionOf,
} from './test/headlessEditor.ts'

let editor: Editor
let gridId: TLShapeId
let dispose: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor()
  dispose = registerJourneyGridSideEffects(editor)
  gridId = addGrid(editor, makeGridProps(3, 3))
})

afterEach(() => {
  dispose()
  editor.dispose()
})

function grid(): JourneyGridShape {
  return editor.getShape(gridId) as JourneyGridShape
}

function pointer(name: 'pointer_down' | 'pointer_move' | 'pointer_up', x: number, y: number) {
  dispatchPointer(editor, name, x, y)
}

describe('a grid that moves carries its cards', () => {
  test('moving the grid moves the cards over it, not the others, and one undo puts everything back', () => {
    const inside = addCardInCell(editor, 1, 1)
    const outside = addCardInCell(editor, 5, 1)
    const [pi, po] = [positionOf(editor, inside)!, positionOf(editor, outside)!]

    editor.markHistoryStoppingPoint('move')
    editor.updateShape({ id: gridId, type: 'cx-grid', x: 30, y: -20 })
    expect(positionOf(editor, inside)).toEqual({ x: pi.x + 30, y: pi.y - 20 })
    expect(positionOf(editor, outside)).toEqual(po)

    editor.undo()
    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
    expect(positionOf(editor, inside)).toEqual(pi)
    editor.redo()
    expect(positionOf(editor, inside)).toEqual({ x: pi.x + 30, y: pi.y - 20 })
  })

  test('dragging the grid by its stage header carries its cards, but not a card it passes over', () => {
    const inside = addCardInCell(editor, 0, 0)
    const passedOver = addCardInCell(editor, 0, 5)
    const [pi, pp] = [positionOf(editor, inside)!, positionOf(editor, passedOver)!]

    dragPointer(editor, { x: 150, y: 20 }, { x: 150, y: 420 })

    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 400 })
    expect(positionOf(editor, inside)).toEqual({ x: pi.x, y: pi.y + 400 })
    expect(positionOf(editor, passedOver)).toEqual(pp)

    editor.undo()
    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
    expect(positionOf(editor, inside)).toEqual(pi)
  })

  test('a new grid goes behind the cards already on the page', () => {
    const card = addCardInCell(editor, 0, 0)
    const later = addGrid(editor, makeGridProps(1, 1), 0, 600)
    const order = editor.getCurrentPageShapesSorted().map((shape) => shape.id)
    expect(order.indexOf(later)).toBeLessThan(order.indexOf(card))
  })

  test('alt-dragging (cloning) the grid leaves the cards with the original', () => {
    const inside = addCardInCell(editor, 0, 0)
    const pi = positionOf(editor, inside)
    dispatchPointer(editor, 'pointer_down', 150, 20, { altKey: true })
    dispatchPointer(editor, 'pointer_move', 150, 300, { altKey: true })
    dispatchPointer(editor, 'pointer_move', 150, 420, { altKey: true })
    dispatchPointer(editor, 'pointer_up', 150, 420, { altKey: true })
    expect(editor.getCurrentPageShapes().filter((s) => s.type === 'cx-grid')).toHaveLength(2)
    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
    expect(positionOf(editor, inside)).toEqual(pi)
  })

  test('a remote move of the grid moves no card (the peer moved them itself)', () => {
    const inside = addCardInCell(editor, 1, 1)
    const pi = positionOf(editor, inside)
    editor.store.mergeRemoteChanges(() => {
      editor.store.put([{ ...grid(), x: 500 }])
    })
    expect(positionOf(editor, inside)).toEqual(pi)
  })
})

describe('lanes grow with their cards', () => {
  test('a card that grows past its lane grows the lane in the same undo step', () => {
    const card = addCardInCell(editor, 0, 0)
    const below = addCardInCell(editor, 2, 2)
    const pb = positionOf(editor, below)!

    editor.markHistoryStoppingPoint('grow card')
    editor.updateShape({ id: card, type: JOURNEY_CARD_TYPE, props: { h: 110 } })
    expect(grid().props.lanes[0]?.h).toBe(30 + 110 + 16)
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y + 56 })

    editor.undo()
    expect(grid().props.lanes[0]?.h).toBe(100)
    expect(positionOf(editor, below)).toEqual(pb)
    expect(editor.getShape(card)).toMatchObject({ props: { h: 40 } })
  })

  test('a card created overflowing its lane grows it', () => {
    editor.createShape({
      type: JOURNEY_CARD_TYPE,
      x: 120,
      y: 160,
      props: createCardProps('step', { w: 100, h: 120 }),
    })
    // Lane 1 spans 150…250; the card ends at 280: the lane grows to 280 + 16 − 150.
    expect(grid().props.lanes[1]?.h).toBe(146)
  })

  test('remote changes never grow a lane (the peer that made them does)', () => {
    const card = addCardInCell(editor, 0, 0)
    editor.store.mergeRemoteChanges(() => {
      const shape = editor.getShape(card)!
      editor.store.put([{ ...shape, props: { ...shape.props, h: 110 } } as typeof shape])
    })
    expect(grid().props.lanes[0]?.h).toBe(100)
  })

  test('a lane does not grow while a card is dragged in it, only when the drag ends', () => {
    const card = addCardInCell(editor, 0, 1) // 40×40 at 180, 180
    pointer('pointer_down', 200, 200)
    pointer('pointer_move', 200, 210)
    pointer('pointer_move', 200, 240)
    expect(editor.isIn('select.translating')).toBe(true)
    // Bottom at 260 is past the lane's bottom (250) while its centre (240) is still in it.
    expect(positionOf(editor, card)).toEqual({ x: 180, y: 220 })
    expect(grid().props.lanes[1]?.h).toBe(100)
    pointer('pointer_up', 200, 240)
    // Dropped (and snapped into its cell by the card), the card fits its lane.
    const bounds = editor.getShapePageBounds(card)!
    const lanes = grid().props.lanes
    const laneIndex = bounds.midY < 50 + lanes[0]!.h + lanes[1]!.h ? 1 : 2
    const laneBottom = 50 + lanes.slice(0, laneIndex + 1).reduce((sum, lane) => sum + lane.h, 0)
    expect(bounds.maxY + 16).toBeLessThanOrEqual(laneBottom)
    expect(lanes.some((lane) => lane.h > 100)).toBe(true)

    editor.undo()
    expect(grid().props.lanes[1]?.h).toBe(100)
    expect(positionOf(editor, card)).toEqual({ x: 180, y: 180 })
  })
})
