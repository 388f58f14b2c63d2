import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { JourneyGridShape } from './gridProps.ts'
import {
  deleteLane,
  deleteStage,
  fitLanesToCards,
  insertLane,
  insertStage,
  moveLane,
  moveStage,
  renameStage,
  setLaneCardKind,
  setLaneHeight,
  setLanePrompt,
  setLaneSettings,
  setStageMetrics,
  setStageWidth,
} from './gridActions.ts'
import { addCardInCell, addGrid, createHeadlessEditor, makeGridProps, positionOf } from './test/headlessEditor.ts'

let editor: Editor
let gridId: TLShapeId

beforeEach(async () => {
  editor = await createHeadlessEditor()
  gridId = addGrid(editor, makeGridProps(3, 3))
})

afterEach(() => editor.dispose())

function grid(): JourneyGridShape {
  return editor.getShape(gridId) as JourneyGridShape
}

function stageIds() {
  return grid().props.stages.map((s) => s.id)
}

function laneIds() {
  return grid().props.lanes.map((l) => l.id)
}

describe('stages', () => {
  test('inserting a stage in the middle moves the cards right of it by its width, and one undo restores all', () => {
    const left = addCardInCell(editor, 0, 0)
    const right = addCardInCell(editor, 1, 2)
    const farRight = addCardInCell(editor, 2, 1)
    const before = [positionOf(editor, left), positionOf(editor, right), positionOf(editor, farRight)]

    const id = insertStage(editor, gridId, 1, { title: 'New', w: 240 })

    expect(stageIds()).toEqual(['s0', id, 's1', 's2'])
    expect(positionOf(editor, left)).toEqual(before[0])
    expect(positionOf(editor, right)).toEqual({ x: before[1]!.x + 240, y: before[1]!.y })
    expect(positionOf(editor, farRight)).toEqual({ x: before[2]!.x + 240, y: before[2]!.y })

    editor.undo()
    expect(stageIds()).toEqual(['s0', 's1', 's2'])
    expect([positionOf(editor, left), positionOf(editor, right), positionOf(editor, farRight)]).toEqual(before)

    editor.redo()
    expect(stageIds()).toHaveLength(4)
    expect(positionOf(editor, right)).toEqual({ x: before[1]!.x + 240, y: before[1]!.y })
  })

  test('inserting at the end moves no card', () => {
    const card = addCardInCell(editor, 2, 0)
    const before = positionOf(editor, card)
    insertStage(editor, gridId, 3)
    expect(stageIds()).toHaveLength(4)
    expect(positionOf(editor, card)).toEqual(before)
  })

  test('deleting a stage deletes its cards and moves the cards right of it back, in one undoable step', () => {
    const doomed = addCardInCell(editor, 1, 0)
    const right = addCardInCell(editor, 2, 2)
    const before = positionOf(editor, right)

    expect(deleteStage(editor, gridId, 's1')).toBe(true)
    expect(stageIds()).toEqual(['s0', 's2'])
    expect(editor.getShape(doomed)).toBeUndefined()
    expect(positionOf(editor, right)).toEqual({ x: before!.x - 200, y: before!.y })

    editor.undo()
    expect(stageIds()).toEqual(['s0', 's1', 's2'])
    expect(editor.getShape(doomed)).toBeDefined()
    expect(positionOf(editor, right)).toEqual(before)
  })

  test('the last stage cannot be deleted', () => {
    const single = addGrid(editor, makeGridProps(1, 1), 2000, 0)
    expect(deleteStage(editor, single, 's0')).toBe(false)
  })

  test('moving a stage moves the cards of every column whose place changed', () => {
    const a = addCardInCell(editor, 0, 0)
    const b = addCardInCell(editor, 1, 1)
    const c = addCardInCell(editor, 2, 2)
    const [pa, pb, pc] = [positionOf(editor, a)!, positionOf(editor, b)!, positionOf(editor, c)!]

    expect(moveStage(editor, gridId, 0, 2)).toBe(true)
    expect(stageIds()).toEqual(['s1', 's2', 's0'])
    expect(positionOf(editor, a)).toEqual({ x: pa.x + 400, y: pa.y })
    expect(positionOf(editor, b)).toEqual({ x: pb.x - 200, y: pb.y })
    expect(positionOf(editor, c)).toEqual({ x: pc.x - 200, y: pc.y })

    editor.undo()
    expect(stageIds()).toEqual(['s0', 's1', 's2'])
    expect([positionOf(editor, a), positionOf(editor, b), positionOf(editor, c)]).toEqual([pa, pb, pc])
  })

  test('widening a stage moves the cards right of it', () => {
    const inside = addCardInCell(editor, 0, 0)
    const right = addCardInCell(editor, 1, 0)
    const [pi, pr] = [positionOf(editor, inside)!, positionOf(editor, right)!]
    setStageWidth(editor, gridId, 's0', 300)
    expect(positionOf(editor, inside)).toEqual(pi)
    expect(positionOf(editor, right)).toEqual({ x: pr.x + 100, y: pr.y })
  })

  test('renames and metrics change only the stage', () => {
    renameStage(editor, gridId, 's1', 'Decision')
    setStageMetrics(editor, gridId, 's1', [{ id: 'm', kind: 'NPS', label: '', current: 12, target: 40 }])
    expect(grid().props.stages[1]).toMatchObject({ title: 'Decision', metrics: [{ kind: 'NPS', target: 40 }] })
    editor.undo()
    expect(grid().props.stages[1]?.metrics).toEqual([])
  })

  test('a locked grid refuses structural changes', () => {
    editor.updateShape({ id: gridId, type: 'cx-grid', isLocked: true })
    expect(insertStage(editor, gridId, 0)).toBeNull()
    expect(stageIds()).toEqual(['s0', 's1', 's2'])
  })
})

describe('lanes', () => {
  test('inserting a lane moves the cards below it down, and one undo restores all', () => {
    const above = addCardInCell(editor, 0, 0)
    const below = addCardInCell(editor, 2, 1)
    const [pa, pb] = [positionOf(editor, above)!, positionOf(editor, below)!]

    const id = insertLane(editor, gridId, 1, { cardKind: 'barrier', h: 120 })
    expect(laneIds()).toEqual(['l0', id, 'l1', 'l2'])
    expect(grid().props.lanes[1]?.cardKind).toBe('barrier')
    expect(positionOf(editor, above)).toEqual(pa)
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y + 120 })

    editor.undo()
    expect(laneIds()).toEqual(['l0', 'l1', 'l2'])
    expect(positionOf(editor, below)).toEqual(pb)
  })

  test('deleting a lane deletes its cards and moves the cards below it up', () => {
    const doomed = addCardInCell(editor, 0, 0)
    const below = addCardInCell(editor, 1, 2)
    const pb = positionOf(editor, below)!
    deleteLane(editor, gridId, 'l0')
    expect(laneIds()).toEqual(['l1', 'l2'])
    expect(editor.getShape(doomed)).toBeUndefined()
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y - 100 })
    editor.undo()
    expect(editor.getShape(doomed)).toBeDefined()
    expect(positionOf(editor, below)).toEqual(pb)
  })

  test('moving a lane moves the cards of every row whose place changed', () => {
    const a = addCardInCell(editor, 0, 2)
    const b = addCardInCell(editor, 0, 0)
    const [pa, pb] = [positionOf(editor, a)!, positionOf(editor, b)!]
    moveLane(editor, gridId, 2, 0)
    expect(laneIds()).toEqual(['l2', 'l0', 'l1'])
    expect(positionOf(editor, a)).toEqual({ x: pa.x, y: pa.y - 200 })
    expect(positionOf(editor, b)).toEqual({ x: pb.x, y: pb.y + 100 })
  })

  test('a taller lane pushes the cards below it', () => {
    const below = addCardInCell(editor, 0, 1)
    const pb = positionOf(editor, below)!
    setLaneHeight(editor, gridId, 'l0', 180)
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y + 80 })
  })
})

describe('lane settings', () => {
  function lane(index: number) {
    return grid().props.lanes[index]!
  }

  test('setting the card kind changes only that lane, in one undoable step', () => {
    expect(setLaneCardKind(editor, gridId, 'l1', 'barrier')).toBe(true)
    expect(lane(1).cardKind).toBe('barrier')
    expect(lane(0).cardKind).toBe('touchpoint')
    expect(lane(2).cardKind).toBe('touchpoint')
    editor.undo()
    expect(lane(1).cardKind).toBe('feeling')
    editor.redo()
    expect(lane(1).cardKind).toBe('barrier')
  })

  test('setting the prompt changes only that lane, in one undoable step; empty clears it', () => {
    expect(setLanePrompt(editor, gridId, 'l0', 'What does the customer do?')).toBe(true)
    expect(lane(0)).toMatchObject({ prompt: 'What does the customer do?', title: 'L0', h: 100 })
    expect(lane(1).prompt).toBe('')
    expect(setLanePrompt(editor, gridId, 'l0', '')).toBe(true)
    expect(lane(0).prompt).toBe('')
    editor.undo()
    expect(lane(0).prompt).toBe('What does the customer do?')
    editor.undo()
    expect(lane(0).prompt).toBe('')
  })

  test('kind and prompt saved together are one undoable step and move no card', () => {
    const card = addCardInCell(editor, 1, 2)
    const before = positionOf(editor, card)
    expect(setLaneSettings(editor, gridId, 'l2', { cardKind: 'idea', prompt: 'Ideas' })).toBe(true)
    expect(lane(2)).toMatchObject({ cardKind: 'idea', prompt: 'Ideas' })
    expect(positionOf(editor, card)).toEqual(before)
    editor.undo()
    expect(lane(2)).toMatchObject({ cardKind: 'touchpoint', prompt: '' })
  })

  test('nothing to change, an unknown lane or kind, a locked grid or a read-only board change nothing', () => {
    expect(setLaneCardKind(editor, gridId, 'l0', 'touchpoint')).toBe(false)
    expect(setLanePrompt(editor, gridId, 'l0', '')).toBe(false)
    expect(setLanePrompt(editor, gridId, 'nope', 'x')).toBe(false)
    expect(setLaneCardKind(editor, gridId, 'l0', 'bogus' as never)).toBe(false)
    editor.updateShape({ id: gridId, type: 'cx-grid', isLocked: true })
    expect(setLaneCardKind(editor, gridId, 'l0', 'idea')).toBe(false)
    editor.updateShape({ id: gridId, type: 'cx-grid', isLocked: false })
    editor.updateInstanceState({ isReadonly: true })
    expect(setLanePrompt(editor, gridId, 'l0', 'x')).toBe(false)
    expect(lane(0)).toMatchObject({ cardKind: 'touchpoint', prompt: '' })
  })
})

describe('fitLanesToCards', () => {
  test('grows an overflowing lane to fit its cards, moving the cards below', () => {
    const tall = addCardInCell(editor, 0, 0, { h: 110 })
    const below = addCardInCell(editor, 1, 1)
    const pb = positionOf(editor, below)!
    // The tall card's top is 30 into the lane, its centre (85 into it) still in lane 0, its bottom 40 below it.
    expect(fitLanesToCards(editor, gridId)).toBe(true)
    expect(grid().props.lanes[0]?.h).toBe(30 + 110 + 16)
    expect(positionOf(editor, below)).toEqual({ x: pb.x, y: pb.y + 56 })
    expect(positionOf(editor, tall)).toEqual({ x: 180, y: 80 })
    expect(fitLanesToCards(editor, gridId)).toBe(false)
  })

  test('never shrinks a lane', () => {
    addCardInCell(editor, 0, 0)
    expect(fitLanesToCards(editor, gridId)).toBe(false)
    expect(grid().props.lanes[0]?.h).toBe(100)
  })
})
