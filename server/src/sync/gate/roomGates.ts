import { createBoardSchema, getWorkshopMap, parseLock, WorkshopKeys, type DocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import type { StoredDoc } from '../../storage/types.ts'
import { createBoardRecordSchema, createUpdateGate, type UpdateGate } from './updateGate.ts'

/** How the gates reach a board's control doc. */
export interface ControlDocAccess {
  /** The stored control doc. */
  load(boardId: string): Promise<StoredDoc>
  /** The control doc of a loaded, ready room, else null. */
  findLive(boardId: string): Y.Doc | null
}

/**
 * The update gates of one room manager: one board schema for all rooms, and each board's grid lock as its board gate
 * reads it — live from the loaded control doc, else the value that doc had when it unloaded or, before that, as stored
 * (read before the board room opens, so a client that skips the control doc is held too).
 */
export class RoomGates {
  private readonly schema = createBoardRecordSchema(createBoardSchema())
  private readonly knownLocks = new Map<string, boolean>()

  constructor(private readonly control: ControlDocAccess) {}

  /** The gate of one of a board's docs. */
  create(boardId: string, kind: DocKind): UpdateGate {
    return createUpdateGate({ kind, schema: this.schema, areGridsLocked: () => this.areGridsLocked(boardId) })
  }

  /** What a room waits for before it loads: `previous` (an unload storing), and for a board doc its grid lock. */
  async beforeLoad(boardId: string, kind: DocKind, previous: Promise<void> | undefined): Promise<void> {
    await Promise.all([previous, kind === 'board' ? this.primeLock(boardId) : undefined])
  }

  /** Keeps the lock of a ready control doc whose room unloads. */
  rememberLock(boardId: string, controlDoc: Y.Doc): void {
    this.knownLocks.set(boardId, readGridLock(controlDoc))
  }

  /** Forgets a deleted board. */
  forgetBoard(boardId: string): void {
    this.knownLocks.delete(boardId)
  }

  /** Whether the board's grids are locked now. */
  areGridsLocked(boardId: string): boolean {
    const doc = this.control.findLive(boardId)
    return doc ? readGridLock(doc) : (this.knownLocks.get(boardId) ?? false)
  }

  private async primeLock(boardId: string): Promise<void> {
    if (this.knownLocks.has(boardId) || this.control.findLive(boardId)) return
    try {
      const stored = await this.control.load(boardId)
      const doc = new Y.Doc()
      Y.transact(doc, () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)))
      if (!this.knownLocks.has(boardId)) this.knownLocks.set(boardId, readGridLock(doc))
      doc.destroy()
    } catch {
      // A control doc that cannot be read holds no lock the server could enforce; its own room reports the failure.
    }
  }
}

function readGridLock(doc: Y.Doc): boolean {
  return parseLock(getWorkshopMap(doc).get(WorkshopKeys.lock)).grids
}
