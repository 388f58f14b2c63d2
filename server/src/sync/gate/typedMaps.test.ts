import {
  addRoadmapItem,
  createInitiative,
  findRoadmapSection,
  getDepartmentsMap,
  getWorkshopMap,
  startTimer,
  updateInitiative,
  writeWorkshop,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { GatedDocs, facilitator } from '../../../test/gateDocs.ts'

describe('the control doc through the gate', () => {
  it('accepts what the facilitator writes', () => {
    const docs = new GatedDocs('control')
    expect(docs.write((doc) => writeWorkshop(doc, 'timer', startTimer(60_000, 1000)), facilitator)).toEqual({
      ok: true,
    })
    expect(docs.write((doc) => writeWorkshop(doc, 'lock', { grids: true }), facilitator)).toEqual({ ok: true })
    const agenda = { items: [{ id: 'a', title: 'Intro', minutes: 5 }], currentId: 'a' }
    expect(docs.write((doc) => writeWorkshop(doc, 'agenda', agenda), facilitator)).toEqual({ ok: true })
    expect(docs.write((doc) => writeWorkshop(doc, 'timer', null), facilitator)).toEqual({ ok: true })
  })

  it.each([
    ['a timer that does not parse', (doc: Y.Doc) => getWorkshopMap(doc).set('timer', { status: 'boom' })],
    ['a lock that is not an object', (doc: Y.Doc) => getWorkshopMap(doc).set('lock', 'yes')],
    ['an unknown key', (doc: Y.Doc) => getWorkshopMap(doc).set('owner', 'me')],
    ['another root', (doc: Y.Doc) => doc.getMap('tl_records').set('x', 1)],
  ])('refuses %s', (_, write) => {
    const docs = new GatedDocs('control')
    expect(docs.write(write, facilitator)).toMatchObject({ ok: false })
    expect(getWorkshopMap(docs.server).size).toBe(0)
  })
})

describe('the roadmap and departments through the gate', () => {
  it('accepts initiatives and items written by the shared ops', () => {
    const docs = new GatedDocs()
    let id = ''
    expect(docs.write((doc) => (id = createInitiative(doc, { title: 'Faster checkout' }).id))).toEqual({ ok: true })
    expect(docs.write((doc) => updateInitiative(doc, id, { wave: 2, horizon: null }))).toEqual({ ok: true })
    expect(docs.write((doc) => addRoadmapItem(doc, 'triggers', { text: 'Fast replies' }))).toEqual({ ok: true })
  })

  it('refuses an initiative field that does not parse, and an unknown section', () => {
    const docs = new GatedDocs()
    let id = ''
    docs.write((doc) => (id = createInitiative(doc, { title: 'A' }).id))
    const setWave = (doc: Y.Doc) => (findRoadmapSection(doc, 'initiatives')!.get(id) as Y.Map<unknown>).set('wave', 9)
    expect(docs.write(setWave)).toMatchObject({ ok: false, reason: `roadmap ${id}.wave is invalid` })
    const addSection = (doc: Y.Doc) => doc.getMap('roadmap').set('secrets', new Y.Map())
    expect(docs.write(addSection)).toMatchObject({ ok: false })
  })

  it('accepts a department and refuses one without a name', () => {
    const docs = new GatedDocs()
    const ok = (doc: Y.Doc) => getDepartmentsMap(doc).set('d1', { id: 'd1', name: 'Sales', color: '#fff', order: 1 })
    expect(docs.write(ok)).toEqual({ ok: true })
    expect(docs.write((doc) => getDepartmentsMap(doc).set('d2', { id: 'd2' }))).toMatchObject({ ok: false })
  })
})
