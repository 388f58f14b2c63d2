import { cellAt } from '@cxmap/shared'
import type { Editor, TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import { createCardInTargetCell } from './gridUiActions.ts'
import type { JourneyGridShape } from './gridProps.ts'
import { pasteLinesIntoCell, registerPasteLines, splitPastedLines } from './pasteLines.ts'
import { registerJourneyGridSideEffects } from './gridSideEffects.ts'
import { addCardInCell, addGrid, createHeadlessEditor, makeGridProps } from './test/headlessEditor.ts'

let editor: Editor
let dispose: () => void
let gridId: TLShapeId

beforeEach(async () => {
  editor = await createHeadlessEditor()
  const stopEffects = registerJourneyGridSideEffects(editor)
  const stopPaste = registerPasteLines(editor)
  dispose = () => {
    stopPaste()
    stopEffects()
  }
  gridId = addGrid(editor, makeGridProps(2, 2))
})

afterEach(() => {
  dispose()
  editor.dispose()
})

function cards(): JourneyCardShape[] {
  return editor.getCurrentPageShapes().filter(isJourneyCard)
}

function overlapping(list: readonly JourneyCardShape[]): string[] {
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.props.w && b.x < a.x + a.props.w && a.y < b.y + b.props.h && b.y < a.y + a.props.h)
      .map((b) => `${a.id}/${b.id}`),
  )
}

describe('a new card in the same cell (Tab, Ctrl+Enter, the new-card shortcut)', () => {
  test('goes into the selected card’s cell, of the lane’s kind, laid out beside it, and is being edited', () => {
    const first = addCardInCell(editor, 1, 1)
    editor.select(first)
    expect(createCardInTargetCell(editor)).toBe(true)
    const created = cards().find((card) => card.id !== first)!
    expect(created.props.kind).toBe('feeling')
    expect(editor.getEditingShapeId()).toBe(created.id)
    expect(overlapping(cards())).toEqual([])
  })

  test('creates nothing for a viewer', () => {
    const first = addCardInCell(editor, 1, 1)
    editor.select(first)
    editor.updateInstanceState({ isReadonly: true })
    expect(createCardInTargetCell(editor)).toBe(false)
    expect(cards()).toHaveLength(1)
  })
})

describe('pasting lines into a cell', () => {
  test('splits plain text into lines, without bullets, numbering or blank lines', () => {
    expect(splitPastedLines('- Долго ждать\r\n\n2) Нет статуса\n• Звонок  \n')).toEqual([
      'Долго ждать',
      'Нет статуса',
      'Звонок',
    ])
  })

  test('makes one card per line in the cell under the point, laid out, one undo step', async () => {
    editor.markHistoryStoppingPoint('before')
    await editor.putExternalContent({ type: 'text', text: 'один\nдва\nтри', point: { x: 350, y: 200 }, sources: [] })
    expect(
      cards()
        .map((card) => card.props.text)
        .sort(),
    ).toEqual(['два', 'один', 'три'])
    expect(cards().every((card) => card.props.kind === 'feeling')).toBe(true)
    expect(overlapping(cards())).toEqual([])
    editor.undo()
    expect(cards()).toHaveLength(0)
  })

  test('a single line, or no cell, is left to tldraw', () => {
    expect(pasteLinesIntoCell(editor, 'один', { x: 350, y: 200 })).toBe(false)
    expect(pasteLinesIntoCell(editor, 'один\nдва', { x: -500, y: -500 })).toBe(false)
    expect(cards()).toHaveLength(0)
  })

  test('goes into the selected card’s cell whatever the point', () => {
    const first: TLShapeId = addCardInCell(editor, 0, 0)
    editor.select(first)
    expect(pasteLinesIntoCell(editor, 'a\nb', { x: 550, y: 250 })).toBe(true)
    const grid = editor.getShape<JourneyGridShape>(gridId)!
    const cells = cards().map((card) => cellAt(grid.props, card.x + card.props.w / 2, card.y + card.props.h / 2))
    expect(cells).toEqual(cards().map(() => ({ stageId: 's0', laneId: 'l0' })))
  })
})
