import { defaultHandleExternalTextContent, type Editor, type VecLike } from 'tldraw'
import { isJourneyCard } from '../cards/cardShape.ts'
import { createJourneyCards } from '../cards/createCard.ts'
import { getGrid } from './gridCards.ts'
import { getCellRect } from './gridLayout.ts'
import { findCellRefAt } from './tidy.ts'

/** The non-empty lines of pasted plain text (bullets and numbering people copy from documents dropped). */
export function splitPastedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0)
}

/**
 * Creates one card per line of the pasted text in a cell: the selected card's cell, else the cell under the paste
 * point (or the pointer). Returns false, creating nothing, for a single line or when there is no such cell.
 */
export function pasteLinesIntoCell(editor: Editor, text: string, point?: VecLike): boolean {
  const lines = splitPastedLines(text)
  if (lines.length < 2 || editor.getIsReadonly()) return false
  const selected = editor.getOnlySelectedShape()
  const bounds = selected && isJourneyCard(selected) ? editor.getShapePageBounds(selected) : undefined
  const cell = findCellRefAt(editor, bounds?.center ?? point ?? editor.inputs.getCurrentPagePoint())
  const grid = cell && getGrid(editor, cell.gridId)
  const rect = grid && getCellRect(grid.props, cell.stageIndex, cell.laneIndex)
  const lane = grid?.props.lanes[cell?.laneIndex ?? -1]
  if (!grid || !rect || !lane) return false
  const cellPoint = { x: grid.x + rect.x + rect.w / 2, y: grid.y + rect.y + rect.h / 2 }
  return createJourneyCards(editor, { kind: lane.cardKind, cellPoint, texts: lines }).length > 0
}

/** Pasting several lines of plain text into a cell makes cards (see `pasteLinesIntoCell`); anything else is tldraw's. */
export function registerPasteLines(editor: Editor): () => void {
  editor.registerExternalContentHandler('text', async (info) => {
    if (pasteLinesIntoCell(editor, info.text, info.point)) return
    await defaultHandleExternalTextContent(editor, info)
  })
  return () => {
    editor.registerExternalContentHandler('text', (info) => defaultHandleExternalTextContent(editor, info))
  }
}
