import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { BoardRecord, BoardStore, StoredDoc } from './types.ts'

/** What a backend's test provides to {@link describeStorageContract}: a fresh store, and a way to reopen its data. */
export interface StoreFactory {
  store: BoardStore
  /** Closes `store` and opens a new store on the same data. */
  reopen?: () => Promise<BoardStore>
  cleanup: () => Promise<void>
}

let boardCounter = 0

/** A board record with distinct fake hashes, for store tests. */
export function createTestBoardRecord(overrides: Partial<BoardRecord> = {}): BoardRecord {
  boardCounter += 1
  const now = new Date().toISOString()
  return {
    id: `board-${boardCounter}-${Math.random().toString(36).slice(2)}`,
    title: `Board ${boardCounter}`,
    locale: 'en',
    template: 'base-cjm',
    createdAt: now,
    updatedAt: now,
    tokenHashes: { facilitator: 'aa'.repeat(32), editor: 'bb'.repeat(32), viewer: 'cc'.repeat(32) },
    linkGenerations: { editor: 0, viewer: 0 },
    ...overrides,
  }
}

function createUpdates(count: number, doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = []
  const record = (update: Uint8Array) => updates.push(update)
  doc.on('update', record)
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i)
  doc.off('update', record)
  return updates
}

function readDoc(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc()
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}

function readMap(stored: StoredDoc): Record<string, unknown> {
  return readDoc(stored).getMap('m').toJSON()
}

/** The behaviour every {@link BoardStore} backend must have; call it from the backend's test file. */
export function describeStorageContract(name: string, makeStore: () => Promise<StoreFactory>): void {
  describe(`storage contract: ${name}`, () => {
    let factory: StoreFactory
    let store: BoardStore

    beforeEach(async () => {
      factory = await makeStore()
      store = factory.store
    })
    afterEach(async () => {
      await factory.cleanup()
    })

    it('creates, reads, updates and deletes boards', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      expect(await store.getBoard(board.id)).toEqual(board)
      expect(await store.getBoard('missing')).toBeNull()
      const updated = await store.updateBoard(board.id, { title: 'Renamed' })
      expect(updated).toMatchObject({ id: board.id, title: 'Renamed', createdAt: board.createdAt })
      expect(updated!.updatedAt >= board.updatedAt).toBe(true)
      expect(await store.updateBoard('missing', { title: 'x' })).toBeNull()
      expect(await store.deleteBoard(board.id)).toBe(true)
      expect(await store.getBoard(board.id)).toBeNull()
      expect(await store.deleteBoard(board.id)).toBe(false)
    })

    it('replaces token hashes only while they are the expected ones', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const next = {
        tokenHashes: { facilitator: 'aa'.repeat(32), editor: 'dd'.repeat(32), viewer: 'ee'.repeat(32) },
        linkGenerations: { editor: 1, viewer: 0 },
      }
      const replaced = await store.replaceTokens(board.id, board.tokenHashes, next)
      expect(replaced).toMatchObject({ id: board.id, title: board.title, ...next })
      expect(replaced!.updatedAt >= board.updatedAt).toBe(true)
      expect(await store.getBoard(board.id)).toEqual(replaced)
      // A second rotation computed from the old hashes lost the race: nothing changes.
      const stale = { ...next, tokenHashes: { ...next.tokenHashes, editor: 'ff'.repeat(32) } }
      expect(await store.replaceTokens(board.id, board.tokenHashes, stale)).toBeNull()
      expect(await store.getBoard(board.id)).toEqual(replaced)
      expect(await store.replaceTokens('missing', board.tokenHashes, next)).toBeNull()
      if (factory.reopen) {
        store = await factory.reopen()
        expect(await store.getBoard(board.id)).toEqual(replaced)
      }
    })

    it('creates a board together with its first documents, in one transaction', async () => {
      const board = createTestBoardRecord()
      const [seed, control] = createUpdates(2)
      await store.createBoard(board, [
        { kind: 'board', update: seed! },
        { kind: 'control', update: control! },
      ])
      expect(await store.getBoard(board.id)).toEqual(board)
      expect((await store.loadDoc(board.id, 'board')).updates.map((u) => Array.from(u))).toEqual([Array.from(seed!)])
      expect((await store.loadDoc(board.id, 'control')).updates).toHaveLength(1)
    })

    it('leaves no board when one of its first documents cannot be stored', async () => {
      const board = createTestBoardRecord()
      const [seed] = createUpdates(1)
      const broken = { kind: 'control' as const, update: null as unknown as Uint8Array }
      await expect(store.createBoard(board, [{ kind: 'board', update: seed! }, broken])).rejects.toThrow()
      expect(await store.getBoard(board.id)).toBeNull()
      expect((await store.loadDoc(board.id, 'board')).updates).toEqual([])
      await store.createBoard(board)
      expect((await store.loadDoc(board.id, 'board')).updates).toEqual([])
    })

    it('runs what holds a board lock one at a time, and lets other boards through', async () => {
      const [a, b] = [createTestBoardRecord(), createTestBoardRecord()]
      await store.createBoard(a)
      await store.createBoard(b)
      let running = 0
      let most = 0
      const hold = (boardId: string) =>
        store.withBoardLock(boardId, async (docs) => {
          running += 1
          most = Math.max(most, running)
          // Read, then write what was read plus one: two holders at once would both read the same count.
          const count = (await docs.loadDoc(boardId, 'ballots')).updates.length
          await new Promise((resolve) => setTimeout(resolve, 5))
          await docs.appendUpdate(boardId, 'ballots', new Uint8Array([count]))
          running -= 1
          return count
        })
      const counts = await Promise.all([hold(a.id), hold(a.id), hold(a.id)])
      expect([...counts].sort()).toEqual([0, 1, 2])
      expect(most).toBe(1)
      await expect(store.withBoardLock(a.id, () => Promise.reject(new Error('inside')))).rejects.toThrow('inside')
      expect(await store.withBoardLock(b.id, async () => 'free')).toBe('free')
      expect((await store.loadDoc(a.id, 'ballots')).updates).toHaveLength(3)
    })

    it('rejects a duplicate board id', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      await expect(store.createBoard(board)).rejects.toThrow()
    })

    it('appends updates in order with increasing sequence numbers, per document', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const updates = createUpdates(5)
      const seqs: number[] = []
      for (const update of updates) seqs.push(await store.appendUpdate(board.id, 'board', update))
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
      expect(new Set(seqs).size).toBe(seqs.length)
      const loaded = await store.loadDoc(board.id, 'board')
      expect(loaded.updates.map((u) => Array.from(u))).toEqual(updates.map((u) => Array.from(u)))
      expect(loaded.lastSeq).toBe(seqs.at(-1))
      expect(await store.loadDoc(board.id, 'control')).toEqual({ updates: [], lastSeq: 0 })
    })

    it('appends updates of several documents in one call, in order, with sequence numbers per update', async () => {
      const [a, b] = [createTestBoardRecord(), createTestBoardRecord()]
      await store.createBoard(a)
      await store.createBoard(b)
      const updates = createUpdates(4)
      const seqs = await store.appendUpdates([
        { boardId: a.id, kind: 'board', update: updates[0]! },
        { boardId: b.id, kind: 'board', update: updates[1]! },
        { boardId: a.id, kind: 'control', update: updates[2]! },
        { boardId: a.id, kind: 'board', update: updates[3]! },
      ])
      expect(seqs).toHaveLength(4)
      expect(seqs[3]!).toBeGreaterThan(seqs[0]!)
      const boardA = await store.loadDoc(a.id, 'board')
      expect(boardA.updates.map((u) => Array.from(u))).toEqual([updates[0]!, updates[3]!].map((u) => Array.from(u)))
      expect(boardA.lastSeq).toBe(seqs[3])
      expect((await store.loadDoc(b.id, 'board')).lastSeq).toBe(seqs[1])
      expect((await store.loadDoc(a.id, 'control')).lastSeq).toBe(seqs[2])
    })

    it('stores none of a group of appends when one of them is refused', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const [first, second] = createUpdates(2)
      const group = [
        { boardId: board.id, kind: 'board' as const, update: first! },
        { boardId: 'missing', kind: 'board' as const, update: second! },
      ]
      await expect(store.appendUpdates(group)).rejects.toThrow()
      expect(await store.loadDoc(board.id, 'board')).toEqual({ updates: [], lastSeq: 0 })
    })

    it('loads a compacted doc as its snapshot followed by later updates, with identical content', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const updates = createUpdates(10, doc)
      let lastSeq = 0
      for (const update of updates.slice(0, 6)) lastSeq = await store.appendUpdate(board.id, 'board', update)
      const before = readMap(await store.loadDoc(board.id, 'board'))
      const snapshot = Y.encodeStateAsUpdate(readDoc(await store.loadDoc(board.id, 'board')))
      await store.compactDoc(board.id, 'board', snapshot, lastSeq)
      const compacted = await store.loadDoc(board.id, 'board')
      expect(compacted.updates).toHaveLength(1)
      expect(compacted.lastSeq).toBe(lastSeq)
      expect(readMap(compacted)).toEqual(before)
      for (const update of updates.slice(6)) lastSeq = await store.appendUpdate(board.id, 'board', update)
      const loaded = await store.loadDoc(board.id, 'board')
      expect(loaded.updates).toHaveLength(5)
      expect(loaded.lastSeq).toBe(lastSeq)
      expect(readMap(loaded)).toEqual(doc.getMap('m').toJSON())
    })

    it('keeps updates appended while a compaction runs', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const updates = createUpdates(20, doc)
      let throughSeq = 0
      for (const update of updates.slice(0, 10)) throughSeq = await store.appendUpdate(board.id, 'board', update)
      const snapshot = Y.encodeStateAsUpdate(readDoc(await store.loadDoc(board.id, 'board')))
      const racing = updates.slice(10).map((update) => store.appendUpdate(board.id, 'board', update))
      await Promise.all([store.compactDoc(board.id, 'board', snapshot, throughSeq), ...racing])
      const loaded = await store.loadDoc(board.id, 'board')
      expect(readMap(loaded)).toEqual(doc.getMap('m').toJSON())
      expect(loaded.lastSeq).toBe(Math.max(...(await Promise.all(racing))))
    })

    it('never lets an older compaction replace a newer snapshot', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const updates = createUpdates(4, doc)
      const seqs: number[] = []
      for (const update of updates) seqs.push(await store.appendUpdate(board.id, 'board', update))
      const full = Y.encodeStateAsUpdate(doc)
      await store.compactDoc(board.id, 'board', full, seqs[3]!)
      await store.compactDoc(board.id, 'board', updates[0]!, seqs[0]!)
      expect(readMap(await store.loadDoc(board.id, 'board'))).toEqual(doc.getMap('m').toJSON())
    })

    it('deletes a board together with its documents', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const [first, second] = createUpdates(2, doc)
      const seq = await store.appendUpdate(board.id, 'board', first!)
      await store.compactDoc(board.id, 'board', Y.encodeStateAsUpdate(doc), seq)
      await store.appendUpdate(board.id, 'control', second!)
      await store.deleteBoard(board.id)
      expect((await store.loadDoc(board.id, 'board')).updates).toEqual([])
      expect((await store.loadDoc(board.id, 'control')).updates).toEqual([])
      await store.createBoard(board)
      expect((await store.loadDoc(board.id, 'board')).updates).toEqual([])
    })

    it('keeps the server-only ballots doc apart from the synced docs, and deletes it with the board', async () => {
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const [first, second] = createUpdates(2, doc)
      const seq = await store.appendUpdate(board.id, 'ballots', first!)
      await store.appendUpdate(board.id, 'ballots', second!)
      expect((await store.loadDoc(board.id, 'board')).updates).toEqual([])
      await store.compactDoc(board.id, 'ballots', Y.encodeStateAsUpdate(doc), seq)
      const loaded = await store.loadDoc(board.id, 'ballots')
      expect(loaded.updates).toHaveLength(2)
      expect(readMap(loaded)).toEqual(doc.getMap('m').toJSON())
      await store.deleteBoard(board.id)
      expect(await store.loadDoc(board.id, 'ballots')).toEqual({ updates: [], lastSeq: 0 })
    })

    it('rejects an update for an unknown board', async () => {
      await expect(store.appendUpdate('missing', 'board', createUpdates(1)[0]!)).rejects.toThrow()
    })

    it('counts boards and reports stored bytes that grow with the documents', async () => {
      const before = await store.countBoards()
      const board = createTestBoardRecord()
      await store.createBoard(board)
      expect(await store.countBoards()).toBe(before + 1)
      const bytesBefore = await store.databaseBytes()
      await store.appendUpdate(board.id, 'board', new Uint8Array(64 * 1024).fill(7))
      expect(await store.databaseBytes()).toBeGreaterThanOrEqual(bytesBefore + 64 * 1024)
      await store.deleteBoard(board.id)
      expect(await store.countBoards()).toBe(before)
    })

    it('lists every board with its stored bytes and last activity, and no token hashes', async () => {
      const past = '2026-01-01T00:00:00.000Z'
      const first = createTestBoardRecord({ createdAt: past, updatedAt: past })
      const second = createTestBoardRecord({ createdAt: '2026-01-02T00:00:00.000Z', updatedAt: past })
      await store.createBoard(second)
      await store.createBoard(first)
      const listed = async () => (await store.listBoards()).filter((b) => [first.id, second.id].includes(b.id))
      expect(await listed()).toEqual([
        {
          id: first.id,
          title: first.title,
          locale: 'en',
          template: 'base-cjm',
          createdAt: past,
          lastActiveAt: past,
          storedBytes: 0,
        },
        expect.objectContaining({ id: second.id, lastActiveAt: past, storedBytes: 0 }),
      ])
      const beforeAppend = new Date().toISOString()
      const seq = await store.appendUpdate(first.id, 'board', new Uint8Array(100))
      await store.appendUpdate(first.id, 'control', new Uint8Array(50))
      await store.appendUpdate(first.id, 'ballots', new Uint8Array(30))
      const [active] = await listed()
      expect(active).toMatchObject({ id: first.id, storedBytes: 180 })
      expect(active!.lastActiveAt >= beforeAppend).toBe(true)
      // The snapshot replaces the update it absorbs, and keeps its time.
      await store.compactDoc(first.id, 'board', new Uint8Array(20), seq)
      expect(await listed()).toEqual([{ ...active, storedBytes: 100 }, expect.objectContaining({ id: second.id })])
      if (factory.reopen) {
        store = await factory.reopen()
        expect((await listed())[0]).toEqual({ ...active, storedBytes: 100 })
      }
      await store.deleteBoard(first.id)
      expect((await listed()).map((b) => b.id)).toEqual([second.id])
    })

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined()
    })

    it('keeps everything when reopened', async ({ skip }) => {
      if (!factory.reopen) return skip()
      const board = createTestBoardRecord()
      await store.createBoard(board)
      const doc = new Y.Doc()
      const updates = createUpdates(3, doc)
      const seq = await store.appendUpdate(board.id, 'board', updates[0]!)
      await store.compactDoc(board.id, 'board', updates[0]!, seq)
      await store.appendUpdate(board.id, 'board', updates[1]!)
      await store.appendUpdate(board.id, 'board', updates[2]!)
      store = await factory.reopen()
      expect(await store.getBoard(board.id)).toEqual(board)
      const loaded = await store.loadDoc(board.id, 'board')
      expect(readMap(loaded)).toEqual(doc.getMap('m').toJSON())
      const nextSeq = await store.appendUpdate(board.id, 'board', createUpdates(1)[0]!)
      expect(nextSeq).toBeGreaterThan(loaded.lastSeq)
    })
  })
}
