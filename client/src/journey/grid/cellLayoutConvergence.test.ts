import {
  JOURNEY_CARD_TYPE,
  createCardProps,
  getLaneOffsets,
  getStageOffsets,
  type JourneyGridProps,
} from '@cxmap/shared'
import { createShapeId, type Editor, type TLShapeId } from 'tldraw'
import { afterEach, describe, expect, test } from 'vitest'
import { Prng } from '../../../test/prng.ts'
import { isJourneyCard, type JourneyCardShape } from '../cards/cardShape.ts'
import { getGrid } from './gridCards.ts'
import { addGrid } from './test/headlessEditor.ts'
import { LinkedEditors, type LinkedPeer } from './test/linkedEditors.ts'

// Two stages of 260 and two lanes of 160 after a 180 × 96 header, like a new Base CJM; cards of the default size.
const PROPS: JourneyGridProps = {
  title: 'CJM',
  stages: ['s0', 's1'].map((id) => ({ id, title: id, w: 260, metrics: [] })),
  lanes: ['l0', 'l1'].map((id) => ({ id, title: id, h: 160, cardKind: 'note' as const, prompt: '' })),
  headerW: 180,
  headerH: 96,
  personaIds: [],
}

let network: LinkedEditors

afterEach(() => network?.dispose())

async function setUp(peerCount: number): Promise<{ peers: LinkedPeer[]; gridId: TLShapeId }> {
  network = new LinkedEditors()
  const peers: LinkedPeer[] = []
  for (let i = 0; i < peerCount; i++) peers.push(await network.addPeer())
  const gridId = addGrid(peers[0]!.editor, PROPS)
  await network.settle()
  return { peers, gridId }
}

function cellCentre(editor: Editor, gridId: TLShapeId, stageIndex: number, laneIndex: number) {
  const grid = getGrid(editor, gridId)!
  const x = getStageOffsets(grid.props)[stageIndex]! + grid.props.stages[stageIndex]!.w / 2
  const y = getLaneOffsets(grid.props)[laneIndex]! + grid.props.lanes[laneIndex]!.h / 2
  return { x: grid.x + x, y: grid.y + y }
}

/** A card created by this peer centred on a point, as a double-click does; private to a brainstorm if asked. */
function addCardAt(peer: LinkedPeer, point: { x: number; y: number }, isPrivate: boolean, h = 120): TLShapeId {
  const id = createShapeId()
  const meta = isPrivate ? { cxPrivate: 'brainstorm1' } : {}
  peer.editor.createShape({
    id,
    type: JOURNEY_CARD_TYPE,
    x: point.x - 100,
    y: point.y - h / 2,
    meta,
    props: createCardProps('note', { w: 200, h }),
  })
  return id
}

/** Publishes this peer's private cards, as the brainstorm's reveal does (the mark dropped as a local change). */
function reveal(peer: LinkedPeer): void {
  const cards = peer.editor.getCurrentPageShapes().filter((s) => isJourneyCard(s) && s.meta.cxPrivate !== undefined)
  peer.editor.store.put(
    cards.map((card) => {
      const { cxPrivate: _mark, ...meta } = card.meta
      return { ...card, meta }
    }),
  )
}

function cardsOf(peer: LinkedPeer): JourneyCardShape[] {
  return peer.editor
    .getCurrentPageShapes()
    .filter(isJourneyCard)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

/** What is wrong on one screen: two cards overlapping, or a card not inside the lane and stage of its centre. */
function findProblems(peer: LinkedPeer, gridId: TLShapeId): string[] {
  const grid = getGrid(peer.editor, gridId)!
  const stageX = getStageOffsets(grid.props)
  const laneY = getLaneOffsets(grid.props)
  const cards = cardsOf(peer)
  const problems: string[] = []
  cards.forEach((a, i) => {
    const cx = a.x + a.props.w / 2 - grid.x
    const cy = a.y + a.props.h / 2 - grid.y
    const stage = stageX.findIndex((x, s) => cx >= x && cx < x + grid.props.stages[s]!.w)
    const lane = laneY.findIndex((y, l) => cy >= y && cy < y + grid.props.lanes[l]!.h)
    const isInside =
      stage >= 0 &&
      lane >= 0 &&
      a.x - grid.x >= stageX[stage]! &&
      a.x - grid.x + a.props.w <= stageX[stage]! + grid.props.stages[stage]!.w &&
      a.y - grid.y >= laneY[lane]! &&
      a.y - grid.y + a.props.h <= laneY[lane]! + grid.props.lanes[lane]!.h
    if (!isInside) problems.push(`${a.id} is not inside its lane`)
    for (const b of cards.slice(i + 1)) {
      const isOverlapping =
        a.x < b.x + b.props.w && b.x < a.x + a.props.w && a.y < b.y + b.props.h && b.y < a.y + a.props.h
      if (isOverlapping) problems.push(`${a.id} overlaps ${b.id}`)
    }
  })
  return problems
}

function expectConverged(peers: readonly LinkedPeer[], gridId: TLShapeId, cardCount: number, label: string) {
  const layouts = peers.map((peer) => ({
    cards: cardsOf(peer).map((card) => [card.id, card.x, card.y]),
    lanes: getGrid(peer.editor, gridId)!.props.lanes.map((lane) => lane.h),
  }))
  expect(layouts[0]!.cards, label).toHaveLength(cardCount)
  for (const layout of layouts.slice(1)) expect(layout, label).toEqual(layouts[0])
  for (const peer of peers) expect(findProblems(peer, gridId), label).toEqual([])
}

describe('cards arriving in one cell from several peers', () => {
  test('N cards added at the same cell centre by two peers at once end up apart, inside the lane, the same on both', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const prng = new Prng(seed)
      const { peers, gridId } = await setUp(2)
      const centre = cellCentre(peers[0]!.editor, gridId, 1, 0)
      const count = prng.int(2, 9)
      for (let i = 0; i < count; i++) addCardAt(prng.pick(peers), centre, false, prng.pick([120, 144, 168]))
      await network.settle(prng)
      expectConverged(peers, gridId, count, `seed ${seed}`)
      network.dispose()
    }
  })

  test('a private brainstorm revealed at once: 30 cards from six peers into two cells settle without overlap', async () => {
    const prng = new Prng(42)
    const { peers, gridId } = await setUp(6)
    const editors = peers.slice(1)
    const cells = [cellCentre(peers[0]!.editor, gridId, 0, 0), cellCentre(peers[0]!.editor, gridId, 1, 1)]
    for (let i = 0; i < 30; i++) addCardAt(editors[i % editors.length]!, cells[i % 2]!, true)
    await network.settle(prng)
    // Private cards stay on their author's screen.
    expect(cardsOf(peers[0]!)).toHaveLength(0)
    const sentBefore = peers.reduce((sum, peer) => sum + peer.sentUpdates, 0)

    const startedAt = performance.now()
    for (const peer of editors) reveal(peer)
    const rounds = await network.settle(prng)
    const settledMs = performance.now() - startedAt
    const updates = peers.reduce((sum, peer) => sum + peer.sentUpdates, 0) - sentBefore

    expectConverged(peers, gridId, 30, 'reveal')
    // Each editor publishes its cards once and the layout adds a few rounds of identical writes, no edit war.
    expect(updates).toBeLessThan(60)
    console.info(
      `[cell layout] 30 revealed cards, 6 peers: settled in ${settledMs.toFixed(0)} ms, ${rounds} rounds, ${updates} Yjs updates`,
    )
  })
})
