import { JOURNEY_CARD_TYPE, createCardProps } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  deleteLane,
  insertStage,
  moveStage,
  renameGrid,
  renameStage,
  setLaneHeight,
  setLaneSettings,
  setStageMetrics,
  setStageWidth,
} from '../../journey/grid/gridActions.ts'
import { isGridStructureLocked, setGridsLockedByWorkshop } from '../../journey/grid/gridLock.ts'
import type { JourneyGridShape } from '../../journey/grid/gridProps.ts'
import { registerJourneyGridSideEffects } from '../../journey/grid/gridSideEffects.ts'
import {
  addCardInCell,
  addGrid,
  createHeadlessEditor,
  dragPointer,
  makeGridProps,
  positionOf,
} from '../../journey/grid/test/headlessEditor.ts'
import { registerGridLock } from './registerGridLock.ts'

let editor: Editor
let gridId: TLShapeId
let dispose: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor()
  const stopSideEffects = registerJourneyGridSideEffects(editor)
  const stopLock = registerGridLock(editor)
  dispose = () => {
    stopLock()
    stopSideEffects()
  }
  gridId = addGrid(editor, makeGridProps(3, 3))
})

afterEach(() => {
  dispose()
  editor.dispose()
})

function grid(): JourneyGridShape {
  return editor.getShape(gridId) as JourneyGridShape
}

describe('the frame lock, for a participant', () => {
  beforeEach(() => setGridsLockedByWorkshop(editor, true))

  test('refuses moving the grid, by code or by dragging its stage header, and leaves its cards', () => {
    const card = addCardInCell(editor, 1, 1)
    const before = positionOf(editor, card)

    editor.updateShape({ id: gridId, type: 'cx-grid', x: 30, y: -20 })
    dragPointer(editor, { x: 150, y: 20 }, { x: 150, y: 420 })
    editor.nudgeShapes([gridId], { x: 10, y: 0 })

    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
    expect(positionOf(editor, card)).toEqual(before)
  })

  test('refuses rotating it or changing its props directly', () => {
    const props = grid().props
    editor.updateShape({ id: gridId, type: 'cx-grid', rotation: 0.5 })
    editor.updateShape<JourneyGridShape>({ id: gridId, type: 'cx-grid', props: { title: 'Hacked', headerW: 300 } })
    editor.updateShape<JourneyGridShape>({
      id: gridId,
      type: 'cx-grid',
      props: { lanes: props.lanes.map((lane) => ({ ...lane, h: 50 })) },
    })
    expect(grid()).toMatchObject({ rotation: 0, props })
  })

  test('refuses every structural edit and reports it as not done', () => {
    const props = grid().props
    expect(isGridStructureLocked(editor, gridId)).toBe(true)
    expect(insertStage(editor, gridId, 1)).toBeNull()
    expect(moveStage(editor, gridId, 0, 2)).toBe(false)
    expect(setStageWidth(editor, gridId, 's0', 400)).toBe(false)
    expect(renameStage(editor, gridId, 's0', 'New')).toBe(false)
    expect(setStageMetrics(editor, gridId, 's0', [])).toBe(false)
    expect(deleteLane(editor, gridId, 'l2')).toBe(false)
    expect(setLaneHeight(editor, gridId, 'l0', 300)).toBe(false)
    expect(setLaneSettings(editor, gridId, 'l0', { prompt: 'Why?' })).toBe(false)
    expect(renameGrid(editor, gridId, 'Renamed')).toBe(false)
    expect(grid().props).toEqual(props)
  })

  test('keeps the grid when it is deleted; from a selection of the grid and cards only the cards go', () => {
    const card = addCardInCell(editor, 0, 0)
    editor.deleteShapes([gridId])
    expect(grid()).toBeDefined()

    editor.select(gridId, card)
    editor.deleteShapes(editor.getSelectedShapeIds())
    expect(grid()).toBeDefined()
    expect(editor.getShape(card)).toBeUndefined()
  })

  test('lets cards be added, moved and edited, and a lane grow to fit a new card', () => {
    const card = addCardInCell(editor, 0, 0)
    const before = positionOf(editor, card)!
    editor.updateShape({ id: card, type: JOURNEY_CARD_TYPE, x: 500 })
    // Not refused: the card is in the cell it was moved to, laid out there (x 500 + the cell's padding at most).
    expect(positionOf(editor, card)?.x).not.toBe(before.x)
    expect(positionOf(editor, card)!.x).toBeGreaterThanOrEqual(500)
    expect(positionOf(editor, card)!.x).toBeLessThan(530)
    editor.createShape({
      type: JOURNEY_CARD_TYPE,
      x: 120,
      y: 160,
      props: createCardProps('step', { w: 100, h: 120 }),
    })
    // Lane 1 spans 150…250 and the 120-high card is laid out inside it: the lane grows past it, as on an unlocked grid.
    const added = editor.getCurrentPageShapes().find((shape) => shape.id !== card && shape.type === JOURNEY_CARD_TYPE)!
    expect(grid().props.lanes[1]!.h).toBeGreaterThan(100)
    expect(150 + grid().props.lanes[1]!.h).toBeGreaterThanOrEqual(added.y + 120)
    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
  })

  test('applies remote changes to the grid (the facilitator moving or restructuring it)', () => {
    editor.store.mergeRemoteChanges(() => {
      const shape = grid()
      editor.store.put([{ ...shape, x: 80, props: { ...shape.props, title: 'By the facilitator' } }])
    })
    expect(grid()).toMatchObject({ x: 80, props: { title: 'By the facilitator' } })
    editor.store.mergeRemoteChanges(() => editor.store.remove([gridId]))
    expect(editor.getShape(gridId)).toBeUndefined()
  })
})

describe('the frame lock, unlocked or for the facilitator', () => {
  test('the facilitator (never locked) moves, restructures and deletes the grid', () => {
    const card = addCardInCell(editor, 1, 1)
    const before = positionOf(editor, card)!
    dragPointer(editor, { x: 150, y: 20 }, { x: 150, y: 420 })
    expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 400 })
    expect(positionOf(editor, card)).toEqual({ x: before.x, y: before.y + 400 })
    expect(insertStage(editor, gridId, 1)).not.toBeNull()
    editor.deleteShapes([gridId])
    expect(editor.getShape(gridId)).toBeUndefined()
  })

  test('unlocking gives participants the grid back', () => {
    setGridsLockedByWorkshop(editor, true)
    editor.updateShape({ id: gridId, type: 'cx-grid', x: 30 })
    expect(positionOf(editor, gridId)?.x).toBe(0)
    setGridsLockedByWorkshop(editor, false)
    expect(isGridStructureLocked(editor, gridId)).toBe(false)
    editor.updateShape({ id: gridId, type: 'cx-grid', x: 30 })
    expect(positionOf(editor, gridId)?.x).toBe(30)
  })
})
