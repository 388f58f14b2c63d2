import { DocNames, isJsonEqual, parseDepartment } from '@cxmap/shared'
import * as Y from 'yjs'
import { checkRecordChanges } from './boardRecords.ts'
import { checkMeta } from './boardMeta.ts'
import { mayTouchGrid, requireGridsUnchanged } from './gridLock.ts'
import { requireJson } from './jsonLimits.ts'
import type { UpdateChanges } from './readUpdate.ts'
import type { BoardRecordSchema } from './recordSchema.ts'
import { require } from './refusal.ts'
import { checkRoadmap } from './roadmapRules.ts'
import { checkStrategy } from './strategyRules.ts'

/** Who writes, as the board rules need it. */
export interface BoardWriter {
  /** Facilitators are not held by the grid lock. */
  isFacilitator: boolean
}

/** What the board rules read besides the doc. */
export interface BoardRuleContext {
  schema: BoardRecordSchema
  /** Whether the facilitator has locked the grids now (the control doc's lock). */
  areGridsLocked(): boolean
}

const ROOTS = new Set<string>(Object.values(DocNames))

/** Checks every change of an update to a board doc; throws {@link RefusedUpdate} on the first that is not allowed. */
export function checkBoardChanges(
  doc: Y.Doc,
  changes: UpdateChanges,
  writer: BoardWriter,
  context: BoardRuleContext,
): void {
  for (const { at } of changes.inserts) {
    require(ROOTS.has(at.root), `"${at.root.slice(0, 40)}" is not a board name`)
    require(at.keys[0] !== null, `${at.root} holds a list`)
  }
  const { tldrawSchema } = checkMeta(doc, changes, DocNames.meta, context.schema)
  checkDepartments(changes)
  checkRoadmap(changes, DocNames.roadmap)
  checkStrategy(changes, DocNames.strategy)
  const validate = (record: Parameters<BoardRecordSchema['validate']>[0]) =>
    context.schema.validate(record, tldrawSchema)
  const records = checkRecordChanges(doc, changes, DocNames.records, validate)
  if (!writer.isFacilitator && records.some(mayTouchGrid) && context.areGridsLocked()) requireGridsUnchanged(records)
}

function checkDepartments(changes: UpdateChanges): void {
  for (const { item, at } of changes.inserts) {
    if (at.root !== DocNames.departments || item.content instanceof Y.ContentDeleted) continue
    require(at.keys.length === 1 && item.content instanceof Y.ContentAny, 'a department is not JSON')
    for (const value of changes.liveValues(item)) {
      requireJson(value, 'a department')
      const department = parseDepartment(value)
      // Read back exactly as written, under its own id: what writeDocDepartments stores.
      require(department?.id === at.keys[0] && isJsonEqual(department, value), 'a department is invalid')
    }
  }
}
