import type { Editor, TLUiActionItem, TLUiTranslationKey } from 'tldraw'
import { isJourneyCard } from '../cards/cardShape.ts'
import { createCardInCellAt } from './gridCellCard.ts'
import { getGrid } from './gridCards.ts'
import { getCellRect } from './gridLayout.ts'
import { findCellRefAt, findTargetCells, tidy, type TidyScope } from './tidy.ts'

/** Ids of the grid's actions (tldraw actions: a menu item, a shortcut, a line in the shortcuts dialog). */
export const GRID_ACTION_IDS = {
  tidyCell: 'cx-tidy-cell',
  tidyLane: 'cx-tidy-lane',
  tidyGrid: 'cx-tidy-grid',
  newCard: 'cx-new-card',
} as const

// Free in tldraw 5.4.2's own shortcuts: shift+t (t is the text tool), alt+shift+l / g, shift+n (n is the note tool).
const SHORTCUTS = {
  tidyCell: 'shift+t',
  tidyLane: 'alt+shift+l',
  tidyGrid: 'alt+shift+g',
  newCard: 'shift+n',
} as const

/** Labels of the grid's actions in tldraw's translations, in every UI language. */
export const GRID_ACTION_TRANSLATIONS: Record<'en' | 'ru', Record<string, string>> = {
  en: {
    'cx.tidy-cell': 'Tidy cell',
    'cx.tidy-lane': 'Tidy lane',
    'cx.tidy-grid': 'Tidy grid',
    'cx.new-card': 'New card in this cell',
  },
  ru: {
    'cx.tidy-cell': 'Упорядочить ячейку',
    'cx.tidy-lane': 'Упорядочить дорожку',
    'cx.tidy-grid': 'Упорядочить сетку',
    'cx.new-card': 'Новая карточка в этой ячейке',
  },
}

function tidyAction(editor: Editor, scope: TidyScope, id: string, kbd: string): TLUiActionItem {
  return {
    id,
    label: `cx.tidy-${scope}` as TLUiTranslationKey,
    kbd,
    onSelect: () => {
      tidy(editor, findTargetCells(editor), scope)
    },
  }
}

/**
 * A new card of the lane's kind in the selected card's cell (or the cell under the pointer), laid out there and
 * being edited; the selected card stays where it is. Returns whether a card was created.
 */
export function createCardInTargetCell(editor: Editor): boolean {
  if (editor.getIsReadonly()) return false
  const selected = editor.getOnlySelectedShape()
  const bounds = selected && isJourneyCard(selected) ? editor.getShapePageBounds(selected) : undefined
  const cell = findCellRefAt(editor, bounds?.center ?? editor.inputs.getCurrentPagePoint())
  const grid = cell && getGrid(editor, cell.gridId)
  const rect = grid && getCellRect(grid.props, cell.stageIndex, cell.laneIndex)
  if (!grid || !rect) return false
  return createCardInCellAt(editor, grid, { x: grid.x + rect.x + rect.w / 2, y: grid.y + rect.y + rect.h / 2 })
}

/** The grid's tldraw actions: Tidy cell / lane / grid and a new card in the cell, each with its shortcut. */
export function getGridUiActions(editor: Editor): Record<string, TLUiActionItem> {
  return {
    [GRID_ACTION_IDS.tidyCell]: tidyAction(editor, 'cell', GRID_ACTION_IDS.tidyCell, SHORTCUTS.tidyCell),
    [GRID_ACTION_IDS.tidyLane]: tidyAction(editor, 'lane', GRID_ACTION_IDS.tidyLane, SHORTCUTS.tidyLane),
    [GRID_ACTION_IDS.tidyGrid]: tidyAction(editor, 'grid', GRID_ACTION_IDS.tidyGrid, SHORTCUTS.tidyGrid),
    [GRID_ACTION_IDS.newCard]: {
      id: GRID_ACTION_IDS.newCard,
      label: 'cx.new-card' as TLUiTranslationKey,
      kbd: SHORTCUTS.newCard,
      onSelect: () => {
        createCardInTargetCell(editor)
      },
    },
  }
}
