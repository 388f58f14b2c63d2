import { JOURNEY_CARD_TYPE, createCardProps, estimateCardHeight, readStrategyDoc, type CardKind } from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { useIdentityStore } from '../../state/identityStore'
import { getBoardDoc } from '../boardDocs'
import { ensureDepartmentNamed } from '../departments/departmentsDoc'
import { pickDefaultPersona } from '../personas/defaultPersona'
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
  const id = createShapeId()
  editor.run(() => {
    editor.markHistoryStoppingPoint('create card')
    createCardShape(editor, id, kind, text, cellPoint, { x, y })
    editor.select(id)
  })
  editor.setEditingShape(id)
  return id
}

/**
 * Creates one card per text in the grid cell under `cellPoint`, laid out there in the order given, selected, in one
 * undo step (pasting lines into a cell). Returns their ids; none on a read-only board.
 */
export function createJourneyCards(
  editor: Editor,
  options: { kind: CardKind; cellPoint: { x: number; y: number }; texts: readonly string[] },
): TLShapeId[] {
  if (editor.getIsReadonly() || options.texts.length === 0) return []
  const ids = options.texts.map(() => createShapeId())
  editor.run(() => {
    editor.markHistoryStoppingPoint('create cards')
    options.texts.forEach((text, i) => {
      createCardShape(editor, ids[i]!, options.kind, text, options.cellPoint, options.cellPoint)
    })
    editor.select(...ids)
  })
  return ids
}

// Centred on the cell point so that its centre is in that cell; the cell layout then gives it its spot when the
// operation completes, so nothing sees the card anywhere else. Outside every cell it stays at `at`.
function createCardShape(
  editor: Editor,
  id: TLShapeId,
  kind: CardKind,
  text: string,
  cellPoint: { x: number; y: number },
  at: { x: number; y: number },
): void {
  const identity = useIdentityStore.getState().identity
  const doc = getBoardDoc(editor)
  const departmentId = doc && identity ? ensureDepartmentNamed(doc, identity.department) : ''
  const grids = getPlacedGrids(editor)
  const cell = findCellAt(grids, cellPoint)
  const gridPersonaIds = grids.find((grid) => grid.id === cell?.gridId)?.props.personaIds ?? []
  const personaId =
    doc && kind === 'feeling' && gridPersonaIds.length > 0
      ? pickDefaultPersona(kind, gridPersonaIds, new Set(readStrategyDoc(doc).personas.map((p) => p.id)))
      : ''
  const props = createCardProps(kind, { text, departmentId, authorName: identity?.name ?? '', personaId })
  if (text) props.h = estimateCardHeight(text, props.w)
  const isInCell = cell !== null
  const position = isInCell ? { x: cellPoint.x - props.w / 2, y: cellPoint.y - props.h / 2 } : at
  editor.createShape({ id, type: JOURNEY_CARD_TYPE, parentId: editor.getCurrentPageId(), ...position, props })
}
