import {
  buildBoardSeed,
  createInitiative,
  JOURNEY_CARD_TYPE,
  readRoadmap,
  seedBoardDoc,
  updateInitiative,
  DocNames,
} from '@cxmap/shared'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import * as Y from 'yjs'
import { buildRoadmapSnapshot, JOURNEY_REFRESH_MS, LiveRoadmap } from './liveRoadmap'

function seededDoc() {
  const seed = buildBoardSeed('base-cjm', 'en', { withExample: true })
  const doc = new Y.Doc()
  seedBoardDoc(doc, seed)
  const cardIds = seed.records.filter((record) => record.type === JOURNEY_CARD_TYPE).map((record) => record.id)
  return { doc, cardIds }
}

const source = (cardId: string) => ({ cardId, gridId: '', stageId: '', laneId: '', kind: 'barrier' as const })

describe('buildRoadmapSnapshot', () => {
  test('indexes initiatives and the cards they name, keeping unchanged link lists', () => {
    const doc = new Y.Doc()
    const a = createInitiative(doc, { title: 'A', sources: [source('shape:1'), source('shape:2')] })
    const b = createInitiative(doc, { title: 'B', sources: [source('shape:2')] })
    const first = buildRoadmapSnapshot(readRoadmap(doc), null)
    expect(first.byId.get(a.id)?.title).toBe('A')
    expect(first.linksByCard.get('shape:1')).toEqual([a.id])
    expect(first.linksByCard.get('shape:2')).toEqual([a.id, b.id])

    updateInitiative(doc, b.id, { sources: [] })
    const second = buildRoadmapSnapshot(readRoadmap(doc), first)
    expect(second.linksByCard.get('shape:1')).toBe(first.linksByCard.get('shape:1'))
    expect(second.linksByCard.get('shape:2')).toEqual([a.id])
  })
})

describe('LiveRoadmap', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('tells roadmap listeners about every roadmap change, with a new snapshot', () => {
    const { doc } = seededDoc()
    const live = new LiveRoadmap(doc)
    live.start()
    const heard = vi.fn()
    const unsubscribe = live.subscribeRoadmap(heard)
    const before = live.getRoadmap()
    const created = createInitiative(doc, { title: 'Shorter wait' })
    expect(heard).toHaveBeenCalledTimes(1)
    expect(live.getRoadmap()).not.toBe(before)
    expect(live.getRoadmap().byId.get(created.id)?.title).toBe('Shorter wait')
    expect(live.getRoadmap()).toBe(live.getRoadmap())
    unsubscribe()
    live.stop()
    createInitiative(doc, { title: 'after stop' })
    expect(heard).toHaveBeenCalledTimes(1)
  })

  test('re-reads the journey only while someone listens, batching canvas changes', () => {
    const { doc, cardIds } = seededDoc()
    const live = new LiveRoadmap(doc)
    live.start()
    const created = createInitiative(doc, { sources: [source(cardIds[0]!)] })
    const heard = vi.fn()
    const unsubscribe = live.subscribeJourney(heard)
    expect(live.getJourney().sources[created.id]?.[0]?.status).toBe('present')

    // The card is deleted from the canvas: listeners hear once, after the refresh delay.
    const records = doc.getMap(DocNames.records)
    doc.transact(() => records.delete(cardIds[0]!))
    doc.transact(() => records.delete(cardIds[1]!))
    expect(heard).not.toHaveBeenCalled()
    vi.advanceTimersByTime(JOURNEY_REFRESH_MS)
    expect(heard).toHaveBeenCalledTimes(1)
    expect(live.getJourney().sources[created.id]?.[0]?.status).toBe('removed')

    // A roadmap change re-resolves the sources at once.
    updateInitiative(doc, created.id, { sources: [source(cardIds[2]!)] })
    expect(heard).toHaveBeenCalledTimes(2)
    expect(live.getJourney().sources[created.id]?.[0]?.status).toBe('present')

    // Nobody listens: canvas changes cost nothing.
    unsubscribe()
    doc.transact(() => records.delete(cardIds[3]!))
    vi.advanceTimersByTime(JOURNEY_REFRESH_MS * 2)
    expect(heard).toHaveBeenCalledTimes(2)
    live.stop()
  })

  test('follows a roadmap section that another peer replaced', () => {
    const { doc } = seededDoc()
    const live = new LiveRoadmap(doc)
    live.start()
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    createInitiative(other, { title: 'from the other peer' })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(live.getRoadmap().roadmap.initiatives.map((i) => i.title)).toEqual(['from the other peer'])
    live.stop()
  })
})
