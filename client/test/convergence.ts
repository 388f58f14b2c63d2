import { readAllRecords } from '@cxmap/shared'
import type { TLRecord, TLStore } from 'tldraw'
import * as Y from 'yjs'
import type { TestPeer } from './testNetwork'

/** The store's document records as plain JSON, keyed by id in sorted order. */
export function readStoreDocument(store: TLStore): Record<string, unknown> {
  const records = store.serialize('document')
  const sorted: Record<string, unknown> = {}
  for (const id of Object.keys(records).sort()) sorted[id] = records[id as TLRecord['id']]
  return toJson(sorted)
}

/** The doc's records as plain JSON, keyed by id in sorted order. */
export function readDocJson(doc: Y.Doc): Record<string, unknown> {
  return toJson(readAllRecords(doc))
}

/**
 * Problems that keep peers from having converged: docs that differ (state vectors or records), a store that is not
 * its doc's projection, a record tldraw rejects. Empty when all is well.
 */
export function findDivergence(peers: readonly TestPeer[]): string[] {
  const problems: string[] = []
  const [first] = peers
  if (!first) return problems
  const firstVector = Y.encodeStateVector(first.doc).toString()
  const firstJson = JSON.stringify(readDocJson(first.doc))
  for (const peer of peers) {
    const docJson = readDocJson(peer.doc)
    if (Y.encodeStateVector(peer.doc).toString() !== firstVector) problems.push(`${peer.name}: state vector differs`)
    if (JSON.stringify(docJson) !== firstJson) problems.push(`${peer.name}: doc records differ from ${first.name}'s`)
    if (JSON.stringify(readStoreDocument(peer.store)) !== JSON.stringify(docJson)) {
      problems.push(`${peer.name}: store is not the doc's projection`)
    }
    for (const record of Object.values(peer.store.serialize('document'))) {
      try {
        peer.store.schema.validateRecord(peer.store, record, 'tests', null)
      } catch (error) {
        problems.push(`${peer.name}: ${record.id} is invalid: ${String(error)}`)
      }
    }
  }
  return problems
}

/** Plain JSON with object keys sorted at every depth, so that key order does not count as a difference. */
function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (isObject(v) ? sortKeys(v) : v))) as T
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = value[key]
  return sorted
}
