import { JOURNEY_CARD_TYPE, createCardProps, type CardKind } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { useIdentityStore } from '../../state/identityStore'
import { getBoardDoc } from '../boardDocs'
import { ensureDepartmentNamed } from '../departments/departmentsDoc'
import { placeCardInCell } from './cardSnap'

/** What {@link createJourneyCard} needs. */
export interface CreateJourneyCardOptions {
  kind: CardKind
  /** Page coordinates of the card's top-left corner. */
  x: number
  y: number
  text?: string
  /** The page point whose grid cell the card snaps into; default (x, y). */
  cellPoint?: { x: number; y: number }
}

/**
 * Creates a card as the local person: stamps their name and department (matched by name to the board's departments,
 * added to them when new, so everyone sees it), snaps it into the grid cell under the point, selects it and starts
 * editing its text; one undo step. Returns its id; `null` on a read-only board.
 */
export function createJourneyCard(editor: Editor, options: CreateJourneyCardOptions): TLShapeId | null {
  if (editor.getIsReadonly()) return null
  const { kind, x, y, text = '', cellPoint = { x, y } } = options
  const identity = useIdentityStore.getState().identity
  const doc = getBoardDoc(editor)
  const departmentId = doc && identity ? ensureDepartmentNamed(doc, identity.department) : ''
  const id = createShapeId()
  const props = createCardProps(kind, { text, departmentId, authorName: identity?.name ?? '' })
  const parentId = editor.getCurrentPageId()

  editor.run(() => {
    editor.markHistoryStoppingPoint('create card')
    // Created where it will sit, so that nothing reacts to a position it only passes through.
    let isCreated = false
    const moveTo = ({ x, y }: { x: number; y: number }) => {
      if (isCreated) editor.updateShape({ id, type: JOURNEY_CARD_TYPE, x, y })
      else editor.createShape({ id, type: JOURNEY_CARD_TYPE, parentId, x, y, props })
      isCreated = true
    }
    placeCardInCell(editor, { id, x, y, w: props.w, h: props.h, anchor: cellPoint }, new Set(), moveTo)
    if (!isCreated) moveTo({ x, y })
    editor.select(id)
  })
  editor.setEditingShape(id)
  return id
}
