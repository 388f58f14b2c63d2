import type { DocKind } from '@cxmap/shared'
import type * as Y from 'yjs'
import { checkBoardChanges, type BoardWriter } from './boardRules.ts'
import { checkControlChanges } from './controlRules.ts'
import { readUpdate } from './readUpdate.ts'
import { BoardRecordSchema, type TldrawSchemaLike } from './recordSchema.ts'
import { MissingState, RefusedUpdate } from './refusal.ts'

export type { BoardWriter } from './boardRules.ts'
export { GRID_LOCKED_REASON } from './gridLock.ts'
export { BoardRecordSchema, type TldrawSchemaLike } from './recordSchema.ts'

/**
 * The gate's answer on one update: applied, or refused with a close code and a reason fit for a close frame — or, when
 * it only lacks predecessors (`missingState`), not applied and the sender asked for what the server lacks instead.
 */
export type GateVerdict = { ok: true } | { ok: false; code: number; reason: string; missingState: boolean }

/** Decides, before a room applies a client's update, whether the update may enter the doc. */
export interface UpdateGate {
  /** Checks `update` against `doc`'s current state; never applies it and never throws. */
  check(doc: Y.Doc, update: Uint8Array, writer: BoardWriter): GateVerdict
}

/** What a gate is built from. */
export interface UpdateGateOptions {
  kind: DocKind
  /** The board's record schema (one per process: `new BoardRecordSchema(createBoardSchema())`). */
  schema: BoardRecordSchema
  /** Whether the facilitator has locked the board's grids now (read only for a grid change by a participant). */
  areGridsLocked(): boolean
}

// RFC 6455 caps a close frame's reason at 123 bytes.
const MAX_REASON_BYTES = 123
const ACCEPTED: GateVerdict = { ok: true }

/** A gate for one document of one board. */
export function createUpdateGate(options: UpdateGateOptions): UpdateGate {
  return {
    check(doc, update, writer) {
      try {
        const changes = readUpdate(doc, update)
        if (options.kind === 'control') checkControlChanges(changes)
        else checkBoardChanges(doc, changes, writer, options)
        return ACCEPTED
      } catch (error) {
        if (!(error instanceof RefusedUpdate)) throw error
        const missingState = error instanceof MissingState
        return { ok: false, code: error.code, reason: fitReason(error.message), missingState }
      }
    },
  }
}

/** A process's board schema, built from tldraw's schema (`createBoardSchema()` from @cxmap/shared). */
export function createBoardRecordSchema(tldraw: TldrawSchemaLike): BoardRecordSchema {
  return new BoardRecordSchema(tldraw)
}

function fitReason(reason: string): string {
  const encoder = new TextEncoder()
  let fitted = reason
  while (encoder.encode(fitted).byteLength > MAX_REASON_BYTES) fitted = fitted.slice(0, -1)
  return fitted
}
