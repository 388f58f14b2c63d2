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
  /** Milliseconds clock (injectable for tests). */
  now?: () => number
}

/**
 * A participant's grid changes sent before the lock reached their page still arrive after the lock: for this long after
 * the server sees the lock turn on, they pass (the page refuses new ones as soon as it has the lock).
 */
export const LOCK_GRACE_MS = 2000

/**
 * The update gates of one room manager: one board schema for all rooms, and each board's grid lock as its board gate
 * reads it — live from the loaded control doc, else the value that doc had when it unloaded or, before that, as stored
 * (read before the board room opens, so a client that skips the control doc is held too).
 */
export class RoomGates {
  private readonly schema = createBoardRecordSchema(createBoardSchema())
  private readonly knownLocks = new Map<string, boolean>()
  /** When each watched control doc's lock last turned on. */
  private readonly lockedAt = new WeakMap<Y.Doc, number>()
  private readonly watched = new WeakSet<Y.Doc>()

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

  /** Whether the board's grids are locked now (and for longer than {@link LOCK_GRACE_MS}, when the turn was seen). */
  areGridsLocked(boardId: string): boolean {
    const doc = this.control.findLive(boardId)
    if (!doc) return this.knownLocks.get(boardId) ?? false
    this.watchLock(doc)
    if (!readGridLock(doc)) return false
    const since = this.lockedAt.get(doc)
    return since === undefined || this.readNow() - since >= LOCK_GRACE_MS
  }

  /** Notes when the lock of a live control doc turns on (watched from the first grid change checked against it). */
  private watchLock(doc: Y.Doc): void {
    if (this.watched.has(doc)) return
    this.watched.add(doc)
    let wasLocked = readGridLock(doc)
    getWorkshopMap(doc).observe(() => {
      const isLocked = readGridLock(doc)
      if (isLocked && !wasLocked) this.lockedAt.set(doc, this.readNow())
      wasLocked = isLocked
    })
  }

  private readNow(): number {
    return this.control.now ? this.control.now() : performance.now()
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
