import { buildBoardSeed, createBoardSchema, seedBoardDoc, writeDocMeta } from '@cxmap/shared'
import * as Y from 'yjs'
import {
  createBoardRecordSchema,
  createUpdateGate,
  type BoardWriter,
  type GateVerdict,
  type UpdateGate,
} from '../src/sync/gate/updateGate.ts'

/** One board schema for the tests (building it is the slow part). */
export const testBoardSchema = createBoardRecordSchema(createBoardSchema())

/** A participant and a facilitator, as the gate sees them. */
export const editor: BoardWriter = { isFacilitator: false }
export const facilitator: BoardWriter = { isFacilitator: true }

/**
 * A server doc behind a gate and a client doc synced with it: what the client writes is checked by the gate and
 * applied to the server doc only when accepted (a refused write stays in the client doc alone).
 */
export class GatedDocs {
  readonly server = new Y.Doc()
  readonly client = new Y.Doc()
  readonly gate: UpdateGate
  gridsLocked = false

  constructor(kind: 'board' | 'control' = 'board', { seed = true } = {}) {
    this.gate = createUpdateGate({ kind, schema: testBoardSchema, areGridsLocked: () => this.gridsLocked })
    if (kind === 'board' && seed) {
      seedBoardDoc(this.server, buildBoardSeed('base-cjm', 'en'))
      writeDocMeta(this.server, createBoardSchema().serialize())
    }
    Y.applyUpdate(this.client, Y.encodeStateAsUpdate(this.server))
  }

  /** Runs `write` on the client doc and passes what it produced through the gate. */
  write(write: (doc: Y.Doc) => void, writer: BoardWriter = editor): GateVerdict {
    const updates: Uint8Array[] = []
    const collect = (update: Uint8Array) => updates.push(update)
    this.client.on('update', collect)
    try {
      write(this.client)
    } finally {
      this.client.off('update', collect)
    }
    return this.send(Y.mergeUpdates(updates), writer)
  }

  /** Passes raw bytes through the gate; applies them to the server doc when accepted. */
  send(update: Uint8Array, writer: BoardWriter = editor): GateVerdict {
    const verdict = this.gate.check(this.server, update, writer)
    if (verdict.ok) Y.applyUpdate(this.server, update)
    return verdict
  }
}
