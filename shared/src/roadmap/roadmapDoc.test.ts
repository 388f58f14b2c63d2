import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocNames } from '../docNames.ts'
import { ensureRoadmap, getRoadmapMap, readRoadmap, RoadmapKeys } from './roadmapDoc.ts'
import {
  addStimulus,
  addTrigger,
  deleteStimulus,
  deleteTrigger,
  updateStimulus,
  updateTrigger,
} from './roadmapItemOps.ts'

describe('readRoadmap', () => {
  it('reads an empty doc without creating anything', () => {
    const doc = new Y.Doc()
    expect(readRoadmap(doc)).toEqual({ initiatives: [], triggers: [], stimuli: [] })
    expect(getRoadmapMap(doc).size).toBe(0)
    ensureRoadmap(doc)
    expect([...doc.getMap(DocNames.roadmap).keys()].sort()).toEqual(Object.values(RoadmapKeys).sort())
  })

  it('skips malformed entries, resets bad fields and drops dangling references, never throwing', () => {
    const doc = new Y.Doc()
    const root = getRoadmapMap(doc)
    const initiatives = new Y.Map<unknown>()
    root.set('initiatives', initiatives)
    root.set('triggers', 'not a map')
    const good = new Y.Map<unknown>()
    initiatives.set('good', good)
    good.set('title', 42)
    good.set('wave', 2)
    good.set('order', Number.NaN)
    good.set('dependsOn', ['gone', 'plain', 7])
    good.set('horizon', { kind: 'quarter', year: 2027, quarter: 1 })
    good.set('metrics', [{ id: 'm', metric: 'NPS', label: '', effect: 5 }, { id: 'n', metric: 'XYZ', effect: 1 }, null])
    good.set('sources', [
      { cardId: 'c', kind: 'barrier', gridId: 3 },
      { cardId: 'd', kind: 'nope' },
    ])
    initiatives.set('plain', { title: 'Plain object', wave: 3 })
    initiatives.set('junk', 17)
    initiatives.set('', new Y.Map())
    const roadmap = readRoadmap(doc)
    expect(roadmap.triggers).toEqual([])
    expect(roadmap.initiatives.map((i) => i.id)).toEqual(['good', 'plain'])
    expect(roadmap.initiatives[0]).toMatchObject({
      title: '',
      wave: 2,
      order: 0,
      dependsOn: ['plain'],
      horizon: { kind: 'quarter', year: 2027, quarter: 1 },
      metrics: [{ id: 'm', metric: 'NPS', label: '', effect: 5 }],
      sources: [{ cardId: 'c', kind: 'barrier', gridId: '', stageId: '', laneId: '' }],
    })
  })
})

describe('triggers and stimuli', () => {
  it('adds, updates only what changes, and deletes, in separate lists sorted by order', () => {
    const doc = new Y.Doc()
    addTrigger(doc, { id: 't2', text: 'Рекомендуют друзьям', order: 5 })
    addTrigger(doc, { id: 't1', text: 'Personal manager', order: 1, departmentId: 'sales' })
    addStimulus(doc, { id: 's1', text: 'Бонусы' })
    expect(readRoadmap(doc).triggers.map((t) => t.id)).toEqual(['t1', 't2'])
    expect(addTrigger(doc, { id: 't3', text: 'next' }).order).toBe(6)
    expect(updateTrigger(doc, 't1', { departmentId: '' })).toBe(true)
    expect(readRoadmap(doc).triggers[0]).toEqual({ id: 't1', text: 'Personal manager', order: 1 })
    expect(updateStimulus(doc, 's1', { text: 'Кэшбэк', departmentId: 'support' })).toBe(true)
    expect(readRoadmap(doc).stimuli).toEqual([{ id: 's1', text: 'Кэшбэк', order: 0, departmentId: 'support' }])
    expect(updateStimulus(doc, 'missing', { text: 'x' })).toBe(false)
    expect(deleteTrigger(doc, 't2')).toBe(true)
    expect(deleteStimulus(doc, 's1')).toBe(true)
    expect(deleteStimulus(doc, 's1')).toBe(false)
    expect(readRoadmap(doc)).toMatchObject({ triggers: [{ id: 't1' }, { id: 't3' }], stimuli: [] })
  })
})
