import type { TLSchema } from '@tldraw/tlschema'
import {
  DOC_VERSION,
  DocNames,
  MetaKeys,
  RoadmapKeys,
  assembleRecord,
  getDepartmentsMap,
  getMetaMap,
  getRecordsMap,
  getRoadmapMap,
  isJsonEqual,
  parseDepartment,
  parseInitiative,
  parseRoadmapItem,
  readEntityFields,
} from '@cxmap/shared'
import * as Y from 'yjs'

/** Longest string a stored field may hold (the gate bounds sizes; a 5 MB card text must not be stored). */
const MAX_STRING_CHARS = 100_000
/** An asset's string may hold an inlined image. */
const MAX_ASSET_STRING_CHARS = 4_000_000

/** What is wrong with a stored board doc. */
export interface DocAudit {
  /** `id: reason` for every record that is incomplete, inconsistent or invalid. */
  invalidRecords: string[]
  /** Meta values no client of this version would write (`docVersion: 99`, a garbage `tldrawSchema`). */
  metaProblems: string[]
  /** Roadmap entities and departments that the shared readers would not read back as stored. */
  typedMapProblems: string[]
  /** Top-level names the app does not declare. */
  foreignTypes: string[]
  /** Whether structs or deletes wait for missing predecessors. */
  hasPending: boolean
  /** Bytes of the doc's full state. */
  stateBytes: number
  recordCount: number
}

function findLongString(value: unknown, limit: number, depth = 0): boolean {
  if (typeof value === 'string') return value.length > limit
  if (depth > 8 || typeof value !== 'object' || value === null) return false
  return Object.values(value).some((inner) => findLongString(inner, limit, depth + 1))
}

function hasForbiddenKey(entries: unknown[]): boolean {
  return entries.some((entry) => {
    const key = (entry as { k?: unknown }).k
    return typeof key === 'string' && /(^|\.)(__proto__|constructor|prototype)$/.test(key)
  })
}

function checkRecord(schema: TLSchema, key: string, value: unknown, ids: Set<string>): string | null {
  if (!(value instanceof Y.Array)) return 'not a Y.Array'
  const entries = value.toArray() as unknown[]
  if (hasForbiddenKey(entries)) return 'prototype key'
  const record = assembleRecord(entries)
  if (!record) return 'no id or typeName'
  if (record.id !== key) return `id ${record.id} under key ${key}`
  if (findLongString(record, record.typeName === 'asset' ? MAX_ASSET_STRING_CHARS : MAX_STRING_CHARS)) {
    return 'oversized string'
  }
  const type = (schema.types as Record<string, TLSchema['types'][keyof TLSchema['types']] | undefined>)[record.typeName]
  if (!type) return `unknown typeName ${record.typeName}`
  try {
    type.validate(record)
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : String(error)
  }
  const parentId = record.parentId
  if (typeof parentId === 'string' && !ids.has(parentId)) return `parent ${parentId} does not exist`
  return null
}

function checkMeta(doc: Y.Doc, schemaVersion: number | undefined): string[] {
  const meta = getMetaMap(doc)
  const problems: string[] = []
  const version = meta.get(MetaKeys.docVersion)
  if (version !== undefined && version !== DOC_VERSION) problems.push(`docVersion ${JSON.stringify(version)}`)
  const schema = meta.get(MetaKeys.tldrawSchema) as { schemaVersion?: unknown } | undefined
  const isSchema =
    typeof schema === 'object' &&
    schema !== null &&
    typeof schema.schemaVersion === 'number' &&
    (schemaVersion === undefined || schema.schemaVersion <= schemaVersion)
  if (schema !== undefined && !isSchema) problems.push(`tldrawSchema ${JSON.stringify(schema)}`)
  for (const key of meta.keys()) {
    if (!(Object.values(MetaKeys) as string[]).includes(key)) problems.push(`unknown meta key ${key}`)
  }
  return problems
}

/** Whether the parser kept every stored field as it was (a lenient reader defaults what it cannot read). */
function readsBack(fields: Record<string, unknown>, parsed: object | null): boolean {
  if (typeof fields !== 'object' || fields === null || parsed === null) return false
  return Object.entries(fields).every(([key, value]) => isJsonEqual((parsed as never)[key], value))
}

function checkTypedMaps(doc: Y.Doc): string[] {
  const problems: string[] = []
  for (const [section, entities] of getRoadmapMap(doc)) {
    if (!(Object.values(RoadmapKeys) as string[]).includes(section) || !(entities instanceof Y.Map)) {
      problems.push(`roadmap.${section}`)
      continue
    }
    for (const [id, value] of entities as Y.Map<unknown>) {
      const fields = readEntityFields(value)
      const parse = section === RoadmapKeys.initiatives ? parseInitiative : parseRoadmapItem
      if (!(value instanceof Y.Map) || !fields || !readsBack({ ...fields, id }, parse(id, fields))) {
        problems.push(`roadmap.${section}.${id}`)
      }
    }
  }
  for (const [id, value] of getDepartmentsMap(doc)) {
    if (!readsBack(value as Record<string, unknown>, parseDepartment(value)))
      problems.push(`departments.${id}: ${String(JSON.stringify(value)).slice(0, 120)}`)
  }
  return problems
}

/** Audits a board doc as loaded from storage: every record, every top-level name, pending structs, size. */
export function auditBoardDoc(doc: Y.Doc, schema: TLSchema): DocAudit {
  const declared = new Set<string>(Object.values(DocNames))
  const records = getRecordsMap(doc)
  const ids = new Set(records.keys())
  const invalidRecords: string[] = []
  for (const [key, value] of records) {
    const problem = checkRecord(schema, key, value, ids)
    if (problem) invalidRecords.push(`${key}: ${problem}`)
  }
  return {
    invalidRecords,
    typedMapProblems: checkTypedMaps(doc),
    metaProblems: checkMeta(doc, schema.serialize().schemaVersion),
    foreignTypes: [...doc.share.keys()].filter((name) => !declared.has(name)),
    hasPending: doc.store.pendingStructs !== null || doc.store.pendingDs !== null,
    stateBytes: Y.encodeStateAsUpdate(doc).length,
    recordCount: ids.size,
  }
}
