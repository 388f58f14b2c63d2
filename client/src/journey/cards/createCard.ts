import { JOURNEY_CARD_TYPE, createCardProps, estimateCardHeight, type CardKind } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { useIdentityStore } from '../../state/identityStore'
import { getBoardDoc } from '../boardDocs'
import { ensureDepartmentNamed } from '../departments/departmentsDoc'
import { getPlacedGrids } from './cardSnap'
import { findCellAt } from './snapping'

/** What {@link createJourneyCard} needs. */
export interface CreateJourneyCardOptions {
  kind: CardKind
  /** Page coordinates of the card's top-left corner. */
  x: number
  y: number
  text?: string
  /** The page point whose grid cell the card goes into; default (x, y). Outside every cell the card stays at x, y. */
  cellPoint?: { x: number; y: number }
}

/**
 * Creates a card as the local person: stamps their name and department (matched by name to the board's departments,
 * added to them when new, so everyone sees it), lets the cell layout give it its spot in the grid cell under the point,
 * selects it and starts editing its text; one undo step. Returns its id; `null` on a read-only board.
 */
export function createJourneyCard(editor: Editor, options: CreateJourneyCardOptions): TLShapeId | null {
  if (editor.getIsReadonly()) return null
  const { kind, x, y, text = '', cellPoint = { x, y } } = options
  const identity = useIdentityStore.getState().identity
  const doc = getBoardDoc(editor)
  const departmentId = doc && identity ? ensureDepartmentNamed(doc, identity.department) : ''
  const id = createShapeId()
  const props = createCardProps(kind, { text, departmentId, authorName: identity?.name ?? '' })
  if (text) props.h = estimateCardHeight(text, props.w)
  const parentId = editor.getCurrentPageId()

  editor.run(() => {
    editor.markHistoryStoppingPoint('create card')
    // Centred on the cell point so that its centre is in that cell; the cell layout then gives it its spot (the
    // layout runs when this operation completes, so nothing sees the card anywhere else).
    const isInCell = findCellAt(getPlacedGrids(editor), cellPoint) !== null
    const at = isInCell ? { x: cellPoint.x - props.w / 2, y: cellPoint.y - props.h / 2 } : { x, y }
    editor.createShape({ id, type: JOURNEY_CARD_TYPE, parentId, ...at, props })
    editor.select(id)
  })
  editor.setEditingShape(id)
  return id
}
