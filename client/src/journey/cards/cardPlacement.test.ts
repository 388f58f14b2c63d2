import {
  CELL_LAYOUT_GAP,
  CELL_LAYOUT_PADDING,
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  cellAt,
  createCardProps,
  type JourneyGridProps,
} from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { useIdentityStore } from '../../state/identityStore'
import { linkBoardDoc } from '../boardDocs'
import { ensureDefaultDepartments, readDepartments } from '../departments/departmentsDoc'
import { registerJourneyGridSideEffects } from '../grid/gridSideEffects'
import type { JourneyCardShape } from './cardShape'
import { createJourneyCard } from './createCard'
import { createHeadlessEditor, dragPointer } from '../../../test/headlessEditor'

// Stages 300 wide and lanes 160 high after a 100×50 header, at 0,0: cell (stage i, lane j) starts at
// x = 100 + 300i, y = 50 + 160j.
const gridProps: JourneyGridProps = {
  title: 'Journey',
  stages: ['s0', 's1', 's2'].map((id) => ({ id, title: id, w: 300, metrics: [] })),
  lanes: ['l0', 'l1', 'l2'].map((id) => ({ id, title: id, h: 160, cardKind: 'touchpoint' as const, prompt: '' })),
  headerW: 100,
  headerH: 50,
  personaIds: [],
}
const GRID_ID = createShapeId('grid')

let editor: Editor
let stopGridEffects: () => void

beforeEach(async () => {
  editor = await createHeadlessEditor()
  stopGridEffects = registerJourneyGridSideEffects(editor)
  editor.createShape({ id: GRID_ID, type: JOURNEY_GRID_TYPE, x: 0, y: 0, props: gridProps })
})

afterEach(() => {
  stopGridEffects()
  editor.dispose()
})

function addCard(name: string, x: number, y: number, w = 120, h = 80): TLShapeId {
  const id = createShapeId(name)
  editor.createShape({ id, type: JOURNEY_CARD_TYPE, x, y, props: createCardProps('step', { w, h }) })
  return id
}

function card(id: TLShapeId): JourneyCardShape {
  return editor.getShape(id) as JourneyCardShape
}

function grid(): JourneyGridProps {
  return (editor.getShape(GRID_ID) as unknown as { props: JourneyGridProps }).props
}

function cellOf(id: TLShapeId) {
  const { x, y, props } = card(id)
  return cellAt(grid(), x + props.w / 2, y + props.h / 2)
}

function overlaps(a: JourneyCardShape, b: JourneyCardShape): boolean {
  return a.x < b.x + b.props.w && b.x < a.x + a.props.w && a.y < b.y + b.props.h && b.y < a.y + a.props.h
}

describe('a card dropped by this person', () => {
  test('is pulled inside the cell its centre is in and stays there (placed by hand), in the same undo step', () => {
    const id = addCard('a', 850, 600)
    editor.markHistoryStoppingPoint('before')
    // Grab the card at its centre and let go with it across the top and right borders of cell (s0, l0).
    dragPointer(editor, { x: 910, y: 640 }, { x: 350, y: 90 })
    expect(cellOf(id)).toEqual({ stageId: 's0', laneId: 'l0' })
    expect(card(id)).toMatchObject({ x: 400 - CELL_LAYOUT_PADDING - 120, y: 50 + CELL_LAYOUT_PADDING })
    expect(card(id).meta).toEqual({ cxPinned: true, cxDragging: false })
    editor.undo()
    expect(card(id)).toMatchObject({ x: 850, y: 600 })
  })

  test('outside every grid stays where it was dropped', () => {
    const id = addCard('a', 850, 600)
    dragPointer(editor, { x: 910, y: 640 }, { x: 1010, y: 680 })
    expect(card(id)).toMatchObject({ x: 950, y: 640 })
  })

  test('several cards dropped into one cell land beside and below each other, not on each other', () => {
    const ids = [addCard('a', 850, 540), addCard('b', 860, 580), addCard('c', 870, 620)]
    editor.select(...ids)
    dragPointer(editor, { x: 910, y: 580 }, { x: 220, y: 280 })
    const cards = ids.map(card)
    for (const a of cards) {
      expect(cellAt(grid(), a.x + 60, a.y + 40)).toEqual({ stageId: 's0', laneId: 'l1' })
      for (const b of cards) if (a !== b) expect(overlaps(a, b), `${a.id} on ${b.id}`).toBe(false)
    }
  })

  test('onto a card joins the cell after it (dropped on its lower half), and the lane grows to hold both', () => {
    const first = addCard('first', 110, 220, 260, 130)
    const below = addCard('below', 110, 400)
    const id = addCard('a', 700, 560, 260, 130)
    const firstAt = { x: card(first).x, y: card(first).y }
    const belowY = card(below).y
    dragPointer(editor, { x: 830, y: 625 }, { x: 240, y: 300 })
    expect(card(first)).toMatchObject(firstAt)
    expect(card(id)).toMatchObject({ x: firstAt.x, y: firstAt.y + 130 + CELL_LAYOUT_GAP })
    expect(card(id).meta).toMatchObject({ cxPinned: false, cxDragging: false })
    expect(cellOf(id)).toEqual({ stageId: 's0', laneId: 'l1' })
    expect(grid().lanes[1]?.h).toBeGreaterThanOrEqual(CELL_LAYOUT_PADDING * 2 + 130 * 2 + CELL_LAYOUT_GAP)
    // The lane below moved down with its card.
    expect(card(below).y).toBe(belowY + (grid().lanes[1]?.h ?? 0) - 160)
  })

  test('onto the upper half of a card joins the cell before it', () => {
    const first = addCard('first', 110, 220, 260, 130)
    const firstAt = { x: card(first).x, y: card(first).y }
    const id = addCard('a', 700, 560, 260, 130)
    dragPointer(editor, { x: 830, y: 625 }, { x: 240, y: 270 })
    expect(card(id)).toMatchObject(firstAt)
    expect(card(first)).toMatchObject({ y: firstAt.y + 130 + CELL_LAYOUT_GAP })
  })

  test('a remote move out of every cell is left where it is', async () => {
    const id = addCard('a', 850, 600)
    editor.store.mergeRemoteChanges(() => editor.store.put([{ ...card(id), x: 350, y: -100 }]))
    await Promise.resolve()
    expect(card(id)).toMatchObject({ x: 350, y: -100 })
  })
})

describe('createJourneyCard', () => {
  let doc: Y.Doc
  let unlink: () => void

  beforeEach(() => {
    doc = new Y.Doc()
    ensureDefaultDepartments(doc, 'ru')
    unlink = linkBoardDoc(editor.store, doc)
    useIdentityStore.setState({ identity: { id: 'p1', name: 'Анна', color: '#e03131', department: 'продажи' } })
  })

  afterEach(() => {
    unlink()
    useIdentityStore.setState({ identity: null })
  })

  test("stamps the person's name and department, snaps into the cell under the point, selects and edits it", () => {
    const id = createJourneyCard(editor, { kind: 'barrier', x: 690, y: 380, text: 'Долго' })
    expect(id).not.toBeNull()
    const created = card(id as TLShapeId)
    expect(created.props).toMatchObject({ kind: 'barrier', text: 'Долго', authorName: 'Анна', departmentId: 'sales' })
    // The point (690, 380) is in the empty cell (s1, l2): the card takes its first spot.
    expect(created).toMatchObject({ x: 400 + CELL_LAYOUT_PADDING, y: 370 + CELL_LAYOUT_PADDING })
    expect(editor.getSelectedShapeIds()).toEqual([id])
    expect(editor.getEditingShapeId()).toBe(id)
  })

  test('adds a department the board does not have yet, for everyone', () => {
    useIdentityStore.setState({ identity: { id: 'p2', name: 'Olga', color: '#e03131', department: 'Legal' } })
    const id = createJourneyCard(editor, { kind: 'idea', x: 2000, y: 2000 })
    const legal = readDepartments(doc).find((department) => department.name === 'Legal')
    expect(legal).toBeDefined()
    expect(card(id as TLShapeId).props.departmentId).toBe(legal?.id)
    expect(card(id as TLShapeId)).toMatchObject({ x: 2000, y: 2000 })
  })

  test('creates nothing on a read-only board', () => {
    editor.updateInstanceState({ isReadonly: true })
    expect(createJourneyCard(editor, { kind: 'note', x: 0, y: 0 })).toBeNull()
    expect(editor.getCurrentPageShapes().filter((shape) => shape.type === JOURNEY_CARD_TYPE)).toEqual([])
  })
})
