import { createBoardSchema, DOC_VERSION, getMetaMap, MetaKeys, writeDocMeta, writeDocTitle } from '@cxmap/shared'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { GatedDocs } from '../../../test/gateDocs.ts'

const serverSchema = createBoardSchema().serialize()

function withSequence(sequence: string, delta: number) {
  const version = serverSchema.sequences[sequence]!
  return { ...serverSchema, sequences: { ...serverSchema.sequences, [sequence]: version + delta } }
}

describe('meta through the gate', () => {
  it('accepts what an honest client writes: the same schema, the doc version and a title', () => {
    const docs = new GatedDocs()
    expect(docs.write((doc) => writeDocTitle(doc, 'Renamed board'))).toEqual({ ok: true })
    expect(docs.write((doc) => getMetaMap(doc).set(MetaKeys.docVersion, DOC_VERSION))).toEqual({ ok: true })
    const fresh = new GatedDocs('board', { seed: false })
    expect(fresh.write((doc) => writeDocMeta(doc, serverSchema))).toEqual({ ok: true })
  })

  it.each([
    ['docVersion 99', MetaKeys.docVersion, 99, /docVersion/],
    ['a garbage schema', MetaKeys.tldrawSchema, { schemaVersion: 'x' }, /schema is malformed/],
    ['a string schema', MetaKeys.tldrawSchema, 'garbage', /schema is malformed/],
    ['a newer schema', MetaKeys.tldrawSchema, withSequence('com.tldraw.shape', 1), /newer/],
    ['an older schema', MetaKeys.tldrawSchema, withSequence('com.tldraw.shape', -1), /older/],
    ['an unknown sequence', MetaKeys.tldrawSchema, { schemaVersion: 2, sequences: { 'x.y': 1 } }, /newer/],
    ['a long title', MetaKeys.title, 't'.repeat(5000), /title/],
    ['an unknown key', 'owner', 'me', /not a meta key/],
  ])('refuses %s and stores nothing', (_, key, value, reason) => {
    const docs = new GatedDocs()
    const before = Y.encodeStateAsUpdate(docs.server)
    const verdict = docs.write((doc) => getMetaMap(doc).set(key, value))
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(reason) })
    expect(Y.encodeStateAsUpdate(docs.server)).toEqual(before)
  })

  it('refuses deleting a meta key', () => {
    const docs = new GatedDocs()
    const verdict = docs.write((doc) => getMetaMap(doc).delete(MetaKeys.tldrawSchema))
    expect(verdict).toMatchObject({ ok: false, reason: 'meta values cannot be deleted' })
  })
})
