import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { DOC_VERSION, MetaKeys } from '../docNames.ts'
import { getMetaMap, readDocVersion, readStoredSchema, writeDocMeta } from './docMeta.ts'

const schema = { schemaVersion: 2, sequences: { 'com.tldraw.store': 5 } }

test('writes and reads the tldraw schema and doc version', () => {
  const doc = new Y.Doc()
  expect(readStoredSchema(doc)).toBeUndefined()
  expect(readDocVersion(doc)).toBeUndefined()
  expect(writeDocMeta(doc, schema)).toBe(true)
  expect(readStoredSchema(doc)).toEqual(schema)
  expect(readDocVersion(doc)).toBe(DOC_VERSION)
})

test('writes nothing when the meta already holds the same values', () => {
  const doc = new Y.Doc()
  writeDocMeta(doc, schema)
  let updates = 0
  doc.on('update', () => updates++)
  expect(writeDocMeta(doc, structuredClone(schema))).toBe(false)
  expect(updates).toBe(0)
})

test('passes the origin to its transaction and ignores a non-number version', () => {
  const doc = new Y.Doc()
  const origin = {}
  let seen: unknown
  doc.on('afterTransaction', (tr: Y.Transaction) => (seen = tr.origin))
  writeDocMeta(doc, schema, origin)
  expect(seen).toBe(origin)
  getMetaMap(doc).set(MetaKeys.docVersion, 'two')
  expect(readDocVersion(doc)).toBeUndefined()
})
