import { TldrawUiMenuActionItem, TldrawUiMenuGroup, useEditor, useValue } from 'tldraw'
import { GRID_ACTION_IDS } from './gridUiActions.ts'
import { findTargetCells } from './tidy.ts'

/**
 * The grid's entries of the canvas context menu — a new card in this cell, Tidy cell / lane / grid — when the menu is
 * opened over a cell or with cards or a grid selected; none for viewers.
 */
export function GridContextMenuGroup() {
  const editor = useEditor()
  const hasTarget = useValue(
    'cx-grid context menu target',
    () => !editor.getIsReadonly() && findTargetCells(editor).length > 0,
    [editor],
  )
  if (!hasTarget) return null
  return (
    <TldrawUiMenuGroup id="cx-grid">
      <TldrawUiMenuActionItem actionId={GRID_ACTION_IDS.newCard} />
      <TldrawUiMenuActionItem actionId={GRID_ACTION_IDS.tidyCell} />
      <TldrawUiMenuActionItem actionId={GRID_ACTION_IDS.tidyLane} />
      <TldrawUiMenuActionItem actionId={GRID_ACTION_IDS.tidyGrid} />
    </TldrawUiMenuGroup>
  )
}
