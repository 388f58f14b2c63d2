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

  test('dragging the grid by its stage header carries its cards, but not a card it lands on (laid out in its cell)', () => {
    const inside = addCardInCell(editor, 0, 0)
    const passedOver = addCardInCell(editor, 0, 5)
    const [pi, pp] = [positionOf(editor, inside)!, positionOf(editor, passedOver)!]

    dragPointer(editor, { x: 150, y: 20 }, { x: 150, y: 420 })

    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 400 })
    expect(positionOf(editor, inside)).toEqual({ x: pi.x, y: pi.y + 400 })
    // Not carried 400 down: it now sits in cell (0, 1) of the moved grid, whose layout gives it the cell's first spot.
    expect(positionOf(editor, passedOver)).not.toEqual({ x: pp.x, y: pp.y + 400 })
    expect(positionOf(editor, passedOver)).toEqual({ x: 100 + 12, y: 400 + 150 + 12 })

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
    // Laid out at the cell's first spot (12 from the top), the card needs 12 + 110 + 12.
    expect(grid().props.lanes[0]?.h).toBe(12 + 110 + 12)
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y + 34 })

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
    // Lane 1 spans 150…250; laid out 12 below its top, the card needs 12 + 120 + 12.
    expect(grid().props.lanes[1]?.h).toBe(144)
  })

  test("remote changes are laid out here too, right after they arrive, outside this person's undo history", async () => {
    const card = addCardInCell(editor, 0, 0)
    editor.markHistoryStoppingPoint('after create')
    editor.store.mergeRemoteChanges(() => {
      const shape = editor.getShape(card)!
      editor.store.put([{ ...shape, props: { ...shape.props, h: 110 } } as typeof shape])
    })
    await Promise.resolve()
    expect(grid().props.lanes[0]?.h).toBe(12 + 110 + 12)
    editor.undo()
    // The undo took back this person's last step (creating the card), not the lane the remote change needed.
    expect(editor.getShape(card)).toBeUndefined()
  })

  test('a lane does not grow while a card is dragged in it, only when the drag ends', () => {
    const card = addCardInCell(editor, 0, 1) // 40×40, laid out at 112, 162
    expect(positionOf(editor, card)).toEqual({ x: 112, y: 162 })
    pointer('pointer_down', 130, 180)
    pointer('pointer_move', 130, 190)
    pointer('pointer_move', 130, 230)
    expect(editor.isIn('select.translating')).toBe(true)
    // Bottom at 252 is past the lane's bottom (250) while its centre (232) is still in it.
    expect(positionOf(editor, card)).toEqual({ x: 112, y: 212 })
    expect(editor.getShape(card)?.meta).toEqual({ cxDragging: true })
    expect(grid().props.lanes[1]?.h).toBe(100)
    pointer('pointer_up', 130, 230)
    // Dropped at a free spot, the card stays there (placed by hand) and its lane grows to hold it.
    expect(positionOf(editor, card)).toEqual({ x: 112, y: 212 })
    expect(editor.getShape(card)?.meta).toEqual({ cxPinned: true, cxDragging: false })
    expect(grid().props.lanes[1]?.h).toBeGreaterThanOrEqual(212 + 40 + 12 - 150)

    editor.undo()
    expect(grid().props.lanes[1]?.h).toBe(100)
    expect(positionOf(editor, card)).toEqual({ x: 112, y: 162 })
    expect(editor.getShape(card)?.meta).toEqual({})
  })
})
