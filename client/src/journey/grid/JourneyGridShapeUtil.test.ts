import { cellAt } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { JourneyCardShape } from '../cards/cardShape.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { useGridUiStore } from './gridUiStore.ts'
import { registerJourneyGrid } from './registerJourneyGrid.ts'
import {
  addCardInCell,
  addGrid,
  createHeadlessEditor,
  doubleClick,
  dragPointer,
  makeGridProps,
  positionOf,
} from './test/headlessEditor.ts'

// The grid sits at 0,0: title bar at y −40…0, stage headers 100…700 × 0…50, lane headers 0…100 × 50…350.
let editor: Editor
let gridId: TLShapeId
let unregister: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor({ createTextOnCanvasDoubleClick: false })
  unregister = registerJourneyGrid(editor)
  gridId = addGrid(editor, makeGridProps(3, 3))
})

afterEach(() => {
  unregister()
  editor.dispose()
})

function cards(): JourneyCardShape[] {
  return editor.getCurrentPageShapes().filter((shape): shape is JourneyCardShape => shape.type === 'cx-card')
}

describe('the grid is a backdrop', () => {
  test('a press on an empty cell brushes instead of moving the grid, selected or not', () => {
    for (const isSelected of [false, true]) {
      if (isSelected) editor.select(gridId)
      else editor.selectNone()
      dragPointer(editor, { x: 150, y: 80 }, { x: 400, y: 300 })
      expect(positionOf(editor, gridId)).toEqual({ x: 0, y: 0 })
      expect(editor.getSelectedShapeIds()).not.toContain(gridId)
    }
  })

  test('the title bar and the lane headers grab it', () => {
    dragPointer(editor, { x: 300, y: -20 }, { x: 350, y: -20 })
    expect(positionOf(editor, gridId)).toEqual({ x: 50, y: 0 })
    dragPointer(editor, { x: 60, y: 200 }, { x: 60, y: 260 })
    expect(positionOf(editor, gridId)).toEqual({ x: 50, y: 60 })
  })

  test('it cannot be resized or rotated', () => {
    const util = editor.getShapeUtil('cx-grid')
    const grid = editor.getShape(gridId) as JourneyGridShape
    expect(util.canResize(grid)).toBe(false)
    expect(util.hideRotateHandle(grid)).toBe(true)
    expect(editor.getShapePageBounds(gridId)?.toJson()).toMatchObject({ x: 0, y: 0, w: 700, h: 350 })
  })
})

describe('double-clicks', () => {
  test('on a stage or lane header, or the title bar, edits that title in place', () => {
    doubleClick(editor, 350, 20)
    expect(editor.getEditingShapeId()).toBe(gridId)
    expect(useGridUiStore.getState().editTargets[gridId]).toEqual({ part: 'stage', id: 's1' })
    editor.cancel()
    doubleClick(editor, 40, 180)
    expect(useGridUiStore.getState().editTargets[gridId]).toEqual({ part: 'lane', id: 'l1' })
    editor.cancel()
    doubleClick(editor, 300, -20)
    expect(useGridUiStore.getState().editTargets[gridId]).toEqual({ part: 'title' })
    expect(editor.getEditingShapeId()).toBe(gridId)
  })

  test('on an empty spot of a cell creates a card of the lane kind in that cell, undone in one step', () => {
    doubleClick(editor, 350, 200)
    const [card] = cards()
    expect(card?.props.kind).toBe('feeling')
    const bounds = editor.getShapePageBounds(card!)!
    expect(cellAt((editor.getShape(gridId) as JourneyGridShape).props, bounds.midX, bounds.midY)).toEqual({
      stageId: 's1',
      laneId: 'l1',
    })
    expect(editor.getEditingShapeId()).toBe(card?.id)
    expect(editor.isIn('select.editing_shape')).toBe(true)
    expect(editor.getCurrentPageShapes().filter((shape) => shape.type === 'text')).toHaveLength(0)
    editor.cancel()
    editor.undo()
    expect(cards()).toHaveLength(0)
  })

  test('on a cell of the selected grid creates a card too', () => {
    editor.select(gridId)
    doubleClick(editor, 600, 300)
    expect(cards().map((card) => card.props.kind)).toEqual(['touchpoint'])
  })

  test('on a card edits the card, and creates nothing', () => {
    const card = addCardInCell(editor, 0, 0)
    const bounds = editor.getShapePageBounds(card)!
    doubleClick(editor, bounds.midX, bounds.midY)
    expect(cards()).toHaveLength(1)
    expect(editor.getEditingShapeId()).toBe(card)
  })

  test('beside a card in the same cell creates a new card, laid out next to it', () => {
    const card = addCardInCell(editor, 0, 0)
    doubleClick(editor, 280, 120)
    expect(cards()).toHaveLength(2)
    const created = cards().find((shape) => shape.id !== card)!
    expect(editor.getEditingShapeId()).toBe(created.id)
    const [a, b] = [editor.getShapePageBounds(card)!, editor.getShapePageBounds(created)!]
    expect(a.collides(b)).toBe(false)
  })

  test('nothing is created or edited on a read-only board', () => {
    editor.updateInstanceState({ isReadonly: true })
    doubleClick(editor, 350, 200)
    doubleClick(editor, 350, 20)
    expect(cards()).toHaveLength(0)
    expect(editor.getEditingShapeId()).toBeNull()
  })
})
