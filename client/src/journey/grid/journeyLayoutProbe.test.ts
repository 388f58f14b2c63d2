import type { Editor } from 'tldraw'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import { readJourneyLayout } from './journeyLayoutProbe.ts'
import { addCardInCell, addGrid, createHeadlessEditor, makeGridProps } from './test/headlessEditor.ts'

let editor: Editor
let dispose: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor()
  dispose = registerJourneyGridSideEffects(editor)
})

afterEach(() => {
  dispose()
  editor.dispose()
})

test('lists every card with its cell and every stage header, lane title and lane row, in page and screen pixels', () => {
  const gridId = addGrid(editor, makeGridProps(2, 2))
  const card = addCardInCell(editor, 1, 0)
  editor.setCamera({ x: 10, y: 20, z: 2 })
  const probe = readJourneyLayout(editor)
  expect(probe.cards).toEqual([
    {
      id: card,
      gridId,
      stageIndex: 1,
      laneIndex: 0,
      x: 312,
      y: 62,
      w: 40,
      h: 40,
      screen: { x: (312 + 10) * 2, y: (62 + 20) * 2, w: 80, h: 80 },
    },
  ])
  const [grid] = probe.grids
  expect(grid).toMatchObject({ id: gridId, x: 0, y: 0, w: 500, h: 250 })
  expect(grid?.stages[1]).toMatchObject({ index: 1, title: 'S1', x: 300, y: 0, w: 200, h: 50 })
  expect(grid?.lanes[1]).toMatchObject({ index: 1, title: 'L1', x: 0, y: 150, w: 100, h: 100 })
  expect(grid?.lanes[1]?.row).toMatchObject({ x: 100, y: 150, w: 400, h: 100 })
})
