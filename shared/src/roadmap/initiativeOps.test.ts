import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createInitiative, deleteInitiative, updateInitiative } from './initiativeOps.ts'
import { findRoadmapSection, readRoadmap } from './roadmapDoc.ts'

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

function entryOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  return findRoadmapSection(doc, 'initiatives')!.get(id) as Y.Map<unknown>
}

describe('initiative operations', () => {
  it('creates an initiative with defaults, each field its own key, ordered after the last of its wave', () => {
    const doc = new Y.Doc()
    const first = createInitiative(doc, { id: 'a', title: 'Сократить ожидание', wave: 2 })
    const second = createInitiative(doc, { id: 'b', wave: 2 })
    const other = createInitiative(doc, { id: 'c', wave: 3 })
    expect(first).toMatchObject({ wave: 2, necessity: 'desirable', status: 'idea', horizon: null, order: 0 })
    expect([second.order, other.order]).toEqual([1, 0])
    expect(entryOf(doc, 'a').get('title')).toBe('Сократить ожидание')
    expect(readRoadmap(doc).initiatives.map((i) => i.id)).toEqual(['a', 'b', 'c'])
    expect(createInitiative(doc).id).toMatch(/^[A-Za-z0-9]{21}$/)
  })

  it('resets invalid fields on create and on update', () => {
    const doc = new Y.Doc()
    const bad = { wave: 9, necessity: 'whenever', horizon: { kind: 'quarter', year: 2026, quarter: 5 } }
    expect(createInitiative(doc, { id: 'a', ...(bad as object) })).toMatchObject({ wave: 1, necessity: 'desirable' })
    updateInitiative(doc, 'a', { horizon: { kind: 'date', date: '2026-02-30' } })
    expect(readRoadmap(doc).initiatives[0]!.horizon).toBeNull()
    updateInitiative(doc, 'a', { horizon: { kind: 'date', date: '2026-02-28' }, dependsOn: ['a', 'x', 'x'] })
    expect(readRoadmap(doc).initiatives[0]).toMatchObject({ horizon: { kind: 'date', date: '2026-02-28' } })
    expect(entryOf(doc, 'a').get('dependsOn')).toEqual(['x'])
  })

  it('writes only the fields that change', () => {
    const doc = new Y.Doc()
    createInitiative(doc, { id: 'a', title: 'T', metrics: [{ id: 'm', metric: 'NPS', label: '', effect: 5 }] })
    const changed: string[] = []
    entryOf(doc, 'a').observe((event) => changed.push(...event.keysChanged))
    const patch = {
      title: 'T',
      status: 'planned' as const,
      metrics: [{ id: 'm', metric: 'NPS' as const, label: '', effect: 5 }],
    }
    expect(updateInitiative(doc, 'a', patch)).toBe(true)
    expect(changed).toEqual(['status'])
    expect(updateInitiative(doc, 'missing', { title: 'x' })).toBe(false)
  })

  it('deletes an initiative and removes it from the others’ dependsOn and parallelWith', () => {
    const doc = new Y.Doc()
    createInitiative(doc, { id: 'a' })
    createInitiative(doc, { id: 'b', dependsOn: ['a'], parallelWith: ['a', 'c'] })
    createInitiative(doc, { id: 'c', parallelWith: ['b'] })
    expect(deleteInitiative(doc, 'a')).toBe(true)
    expect(deleteInitiative(doc, 'a')).toBe(false)
    expect(entryOf(doc, 'b').get('dependsOn')).toEqual([])
    expect(entryOf(doc, 'b').get('parallelWith')).toEqual(['c'])
    expect(readRoadmap(doc).initiatives.map((i) => i.id)).toEqual(['b', 'c'])
  })

  it('passes the origin to the transaction', () => {
    const doc = new Y.Doc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (tr) => origins.push(tr.origin))
    createInitiative(doc, { id: 'a' }, 'me')
    updateInitiative(doc, 'a', { title: 'x' }, 'me')
    deleteInitiative(doc, 'a', 'me')
    expect(origins).toEqual(['me', 'me', 'me'])
  })

  it('keeps concurrent edits of different fields of one initiative on both peers', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()]
    createInitiative(a, { id: 'x', title: 'Old' })
    sync(a, b)
    updateInitiative(a, 'x', { title: 'Новое название' })
    updateInitiative(b, 'x', { wave: 3, metrics: [{ id: 'm', metric: 'CES', label: '', effect: -0.5 }] })
    sync(a, b)
    for (const doc of [a, b]) {
      expect(readRoadmap(doc).initiatives[0]).toMatchObject({ title: 'Новое название', wave: 3 })
      expect(readRoadmap(doc).initiatives[0]!.metrics).toEqual([{ id: 'm', metric: 'CES', label: '', effect: -0.5 }])
    }
    deleteInitiative(a, 'x')
    updateInitiative(b, 'x', { title: 'edited while deleted' })
    sync(a, b)
    expect([readRoadmap(a).initiatives, readRoadmap(b).initiatives]).toEqual([[], []])
  })
})
