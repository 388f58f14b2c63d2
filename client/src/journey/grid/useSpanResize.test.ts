import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { getGrid } from './gridCards.ts'
import { LANE_MIN_H, STAGE_MIN_W } from './gridLayout.ts'
import { addCardInCell, addGrid, createHeadlessEditor, makeGridProps } from './test/headlessEditor.ts'
import { getSpanMinSize } from './useSpanResize.ts'

let editor: Editor
let gridId: TLShapeId

beforeEach(async () => {
  editor = await createHeadlessEditor()
  gridId = addGrid(editor, makeGridProps(3, 3))
})

afterEach(() => editor.dispose())

const minSize = (kind: 'stage' | 'lane', index: number) => getSpanMinSize(editor, getGrid(editor, gridId)!, kind, index)

describe('getSpanMinSize', () => {
  test('an empty stage or lane can shrink to the minimum', () => {
    expect(minSize('stage', 1)).toBe(STAGE_MIN_W)
    expect(minSize('lane', 2)).toBe(LANE_MIN_H)
  })

  test('a stage or lane with cards keeps room for them (their far edge plus padding)', () => {
    // A 40×40 card at 180, 80: its right edge is 120 into stage 0, its bottom 70 into lane 0.
    addCardInCell(editor, 0, 0)
    addCardInCell(editor, 0, 1, { w: 40, h: 50 })
    expect(minSize('stage', 0)).toBe(120 + 16)
    expect(minSize('lane', 0)).toBe(Math.max(LANE_MIN_H, 70 + 16))
    expect(minSize('lane', 1)).toBe(80 + 16)
  })

  test('never more than the current size, so grabbing a border does not make it jump', () => {
    addCardInCell(editor, 1, 0, { w: 200, h: 40 })
    expect(minSize('stage', 1)).toBe(200)
  })
})
