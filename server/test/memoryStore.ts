import { ROLES, STORED_DOC_KINDS, type StoredDocKind } from '@cxmap/shared'
import { createBoardMutex } from '../src/storage/boardMutex.ts'
import type { BoardRecord, BoardStats, BoardStore, StoredDoc } from '../src/storage/types.ts'

interface MemoryDoc {
  snapshot: { data: Uint8Array; throughSeq: number; storedAt: string | null } | null
  updates: { seq: number; data: Uint8Array; storedAt: string }[]
}

/** An in-memory {@link BoardStore} for unit tests; it passes the storage contract suite. */
export function createMemoryStore(): BoardStore {
  const boards = new Map<string, BoardRecord>()
  const docs = new Map<string, MemoryDoc>()
  let seq = 0
  const docOf = (boardId: string, kind: StoredDocKind): MemoryDoc => {
    const key = `${boardId}/${kind}`
    let doc = docs.get(key)
    if (!doc) docs.set(key, (doc = { snapshot: null, updates: [] }))
    return doc
  }
  const lockBoard = createBoardMutex()
  const store: BoardStore = {
    isShared: false,
    async createBoard(board, initialDocs = []) {
      if (boards.has(board.id)) throw new Error(`Board ${board.id} exists`)
      // Copied before anything is stored: a bad document leaves no board.
      const copies = initialDocs.map(({ kind, update }) => ({ kind, data: update.slice() }))
      boards.set(board.id, structuredClone(board))
      const storedAt = new Date().toISOString()
      for (const { kind, data } of copies) {
        seq += 1
        docOf(board.id, kind).updates.push({ seq, data, storedAt })
      }
    },
    async getBoard(id) {
      const board = boards.get(id)
      return board ? structuredClone(board) : null
    },
    async updateBoard(id, { title }) {
      const board = boards.get(id)
      if (!board) return null
      Object.assign(board, { title, updatedAt: new Date().toISOString() })
      return structuredClone(board)
    },
    async replaceTokens(id, expected, next) {
      const board = boards.get(id)
      if (!board || ROLES.some((role) => board.tokenHashes[role] !== expected[role])) return null
      Object.assign(board, structuredClone(next), { updatedAt: new Date().toISOString() })
      return structuredClone(board)
    },
    async deleteBoard(id) {
      for (const kind of STORED_DOC_KINDS) docs.delete(`${id}/${kind}`)
      return boards.delete(id)
    },
    async loadDoc(boardId, kind): Promise<StoredDoc> {
      const doc = docOf(boardId, kind)
      const updates = doc.updates.map((u) => u.data)
      if (doc.snapshot) updates.unshift(doc.snapshot.data)
      return { updates, lastSeq: doc.updates.at(-1)?.seq ?? doc.snapshot?.throughSeq ?? 0 }
    },
    async appendUpdate(boardId, kind, update) {
      if (!boards.has(boardId)) throw new Error(`No board ${boardId}`)
      seq += 1
      docOf(boardId, kind).updates.push({ seq, data: update.slice(), storedAt: new Date().toISOString() })
      return seq
    },
    async appendUpdates(appends) {
      for (const { boardId } of appends) if (!boards.has(boardId)) throw new Error(`No board ${boardId}`)
      const storedAt = new Date().toISOString()
      return appends.map(({ boardId, kind, update }) => {
        seq += 1
        docOf(boardId, kind).updates.push({ seq, data: update.slice(), storedAt })
        return seq
      })
    },
    async compactDoc(boardId, kind, snapshot, throughSeq) {
      const doc = docOf(boardId, kind)
      if (!doc.snapshot || doc.snapshot.throughSeq <= throughSeq) {
        const absorbed = doc.updates.filter((u) => u.seq <= throughSeq).map((u) => u.storedAt)
        const storedAt = latestTime([doc.snapshot?.storedAt, ...absorbed])
        doc.snapshot = { data: snapshot.slice(), throughSeq, storedAt }
      }
      doc.updates = doc.updates.filter((u) => u.seq > throughSeq)
    },
    async listBoards() {
      const stats = [...boards.values()].map((board): BoardStats => {
        const stored = STORED_DOC_KINDS.flatMap((kind) => {
          const doc = docs.get(`${board.id}/${kind}`)
          return doc ? [...(doc.snapshot ? [doc.snapshot] : []), ...doc.updates] : []
        })
        const { tokenHashes: _hashes, linkGenerations: _generations, updatedAt, ...meta } = board
        return {
          ...meta,
          lastActiveAt: latestTime([updatedAt, ...stored.map((s) => s.storedAt)]) ?? updatedAt,
          storedBytes: stored.reduce((sum, s) => sum + s.data.byteLength, 0),
        }
      })
      return stats.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    },
    async countBoards() {
      return boards.size
    },
    async databaseBytes() {
      let bytes = 0
      for (const doc of docs.values()) {
        bytes += doc.snapshot?.data.byteLength ?? 0
        for (const update of doc.updates) bytes += update.data.byteLength
      }
      return bytes
    },
    withBoardLock(boardId, fn) {
      return lockBoard(boardId, () => fn(store))
    },
    async ping() {},
    async close() {},
  }
  return store
}

/** The latest of ISO 8601 times (they sort as text); `null` when there is none. */
function latestTime(times: (string | null | undefined)[]): string | null {
  return times.reduce<string | null>((latest, t) => (t && (!latest || t > latest) ? t : latest), null)
}
