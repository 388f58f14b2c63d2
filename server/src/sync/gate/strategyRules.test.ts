import {
  addPersona,
  addStakeholder,
  findStrategySection,
  getStrategyMap,
  getStrategyText,
  MATURITY_SIGNS,
  MAX_STRATEGY_TEXT_LENGTH,
  readStrategyDoc,
  removeStakeholder,
  seedStakeholderTemplate,
  setMaturitySign,
  updatePersona,
  updateStakeholder,
} from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { GatedDocs } from '../../../test/gateDocs.ts'

const entity = (doc: Y.Doc, section: 'stakeholders' | 'personas', id: string) =>
  findStrategySection(doc, section)!.get(id) as Y.Map<unknown>

describe('the strategy through the gate', () => {
  it('accepts what the shared ops write, and the server reads it back', () => {
    const docs = new GatedDocs()
    let a = ''
    let p = ''
    expect(docs.write((doc) => seedStakeholderTemplate(doc, 'ru'))).toEqual({ ok: true })
    expect(docs.write((doc) => (a = addStakeholder(doc, { name: 'Банк-партнёр', group: 'partners' })))).toEqual({
      ok: true,
    })
    expect(docs.write((doc) => updateStakeholder(doc, a, { wants: 'Комиссия', priority: 4 }))).toEqual({ ok: true })
    expect(docs.write((doc) => (p = addPersona(doc, { name: 'Анна', goals: 'Быстро купить' })))).toEqual({ ok: true })
    expect(docs.write((doc) => updatePersona(doc, p, { avatarAssetId: 'asset:abc', movesTo: [] }))).toEqual({
      ok: true,
    })
    expect(docs.write((doc) => setMaturitySign(doc, MATURITY_SIGNS[0]!.id, true))).toEqual({ ok: true })
    expect(docs.write((doc) => getStrategyText(doc, 'sustainability').insert(0, 'Этика'))).toEqual({ ok: true })
    expect(docs.write((doc) => getStrategyText(doc, 'sustainability').delete(0, 2))).toEqual({ ok: true })
    expect(docs.write((doc) => removeStakeholder(doc, a))).toEqual({ ok: true })
    const read = readStrategyDoc(docs.server)
    expect(read.stakeholders).toHaveLength(5)
    expect(read.personas).toMatchObject([{ name: 'Анна', avatarAssetId: 'asset:abc' }])
    expect(read.maturity).toEqual([MATURITY_SIGNS[0]!.id])
    expect(read.texts).toEqual({ sustainability: 'ика' })
  })

  it.each([
    ['a priority out of range', (doc: Y.Doc, id: string) => entity(doc, 'stakeholders', id).set('priority', 7)],
    ['an unknown group', (doc: Y.Doc, id: string) => entity(doc, 'stakeholders', id).set('group', 'aliens')],
    ['a name that is not a string', (doc: Y.Doc, id: string) => entity(doc, 'stakeholders', id).set('name', 5)],
    ['a Y.Text as a field', (doc: Y.Doc, id: string) => entity(doc, 'stakeholders', id).set('wants', new Y.Text('x'))],
  ])('refuses a stakeholder with %s', (_, write) => {
    const docs = new GatedDocs()
    let id = ''
    docs.write((doc) => (id = addStakeholder(doc, { name: 'A' })))
    expect(docs.write((doc) => write(doc, id))).toMatchObject({ ok: false })
    expect(readStrategyDoc(docs.server).stakeholders).toMatchObject([{ name: 'A', priority: 3, group: 'custom' }])
  })

  it.each([
    [
      'a persona avatar that is a URL',
      (doc: Y.Doc) => addPersona(doc, { id: 'p' }) && entity(doc, 'personas', 'p').set('avatarAssetId', 'https://x'),
    ],
    ['an unknown section', (doc: Y.Doc) => getStrategyMap(doc).set('secrets', new Y.Map())],
    ['a section that is not a map', (doc: Y.Doc) => getStrategyMap(doc).set('personas', 'none')],
    ['an unknown maturity sign', (doc: Y.Doc) => findStrategySection(doc, 'maturity')!.set('made-up', true)],
    [
      'a maturity value that is not boolean',
      (doc: Y.Doc) => findStrategySection(doc, 'maturity')!.set(MATURITY_SIGNS[1]!.id, 'yes'),
    ],
    ['a text of an unknown part', (doc: Y.Doc) => findStrategySection(doc, 'texts')!.set('secrets', new Y.Text('x'))],
    ['a map where a text goes', (doc: Y.Doc) => findStrategySection(doc, 'texts')!.set('sustainability', new Y.Map())],
    ['an embed in a text', (doc: Y.Doc) => getStrategyText(doc, 'stakeholders').insertEmbed(0, { image: 'x' })],
    [
      'a Y.Text under maturity',
      (doc: Y.Doc) => findStrategySection(doc, 'maturity')!.set(MATURITY_SIGNS[2]!.id, new Y.Text('x')),
    ],
    [
      'a text that is too long',
      (doc: Y.Doc) => getStrategyText(doc, 'stakeholders').insert(0, 'x'.repeat(MAX_STRATEGY_TEXT_LENGTH + 1)),
    ],
  ])('refuses %s', (_, write) => {
    const docs = new GatedDocs()
    const before = Y.encodeStateVector(docs.server)
    expect(docs.write(write)).toMatchObject({ ok: false })
    expect(Y.encodeStateVector(docs.server)).toEqual(before)
  })

  it('refuses deleting a section', () => {
    const docs = new GatedDocs()
    expect(docs.write((doc) => getStrategyMap(doc).delete('personas'))).toMatchObject({ ok: false })
  })
})
