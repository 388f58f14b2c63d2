import { CELL_LAYOUT_GAP, CELL_LAYOUT_PADDING, JOURNEY_CARD_TYPE, createCardProps } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { JourneyCardShape } from '../cards/cardShape.ts'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import { addGrid, createHeadlessEditor, makeGridProps } from './test/headlessEditor.ts'
import { findTargetCells, tidy } from './tidy.ts'

// Stages of 400 (two cards of 120 side by side), lanes of 100, headers 100 × 50, at 0,0.
let editor: Editor
let gridId: TLShapeId
let dispose: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor()
  dispose = registerJourneyGridSideEffects(editor)
  const props = makeGridProps(2, 2)
  gridId = addGrid(editor, { ...props, stages: props.stages.map((stage) => ({ ...stage, w: 400 })) })
})

afterEach(() => {
  dispose()
  editor.dispose()
})

/** A card placed by hand at x, y (as a drop at a free spot leaves it). */
function addPinnedCard(x: number, y: number): TLShapeId {
  const id = createShapeId()
  const props = createCardProps('note', { w: 120, h: 60 })
  editor.createShape({ id, type: JOURNEY_CARD_TYPE, x, y, props, meta: { cxPinned: true } })
  return id
}

function at(id: TLShapeId) {
  const card = editor.getShape<JourneyCardShape>(id)!
  return { x: card.x, y: card.y }
}

describe('tidy', () => {
  test('puts the cards placed by hand in a cell back into its layout, in reading order, in one undo step', () => {
    const lower = addPinnedCard(300, 110)
    const upper = addPinnedCard(140, 60)
    const elsewhere = addPinnedCard(560, 60)
    const before = [at(lower), at(upper), at(elsewhere)]
    editor.select(upper)

    expect(tidy(editor, findTargetCells(editor), 'cell')).toBe(2)
    const left = 100 + CELL_LAYOUT_PADDING
    expect(at(upper)).toEqual({ x: left, y: 50 + CELL_LAYOUT_PADDING })
    expect(at(lower)).toEqual({ x: left + 120 + CELL_LAYOUT_GAP, y: 50 + CELL_LAYOUT_PADDING })
    expect(at(elsewhere)).toEqual(before[2])

    editor.undo()
    expect([at(lower), at(upper), at(elsewhere)]).toEqual(before)
  })

  test('of a grid tidies every cell of it', () => {
    const a = addPinnedCard(300, 60)
    const b = addPinnedCard(700, 170)
    editor.select(gridId)
    expect(tidy(editor, findTargetCells(editor), 'grid')).toBe(2)
    expect(at(a)).toEqual({ x: 112, y: 62 })
    expect(at(b)).toEqual({ x: 512, y: 162 })
  })

  test('does nothing on a read-only board', () => {
    const a = addPinnedCard(300, 60)
    editor.select(a)
    editor.updateInstanceState({ isReadonly: true })
    expect(tidy(editor, findTargetCells(editor), 'lane')).toBe(0)
    expect(at(a)).toEqual({ x: 300, y: 60 })
  })
})
