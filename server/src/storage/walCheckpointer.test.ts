import { statSync } from 'node:fs'
import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBoardRecord } from './contract.ts'
import { openSqliteStore } from './sqlite.ts'
import { startWalCheckpointer, type WalCheckpointer } from './walCheckpointer.ts'

// The timer never fires in these tests: they run each round themselves.
const MANUAL = 3_600_000
const ROW = new Uint8Array(200).fill(7)

describe('WAL checkpointer', () => {
  let dir: string
  let db: Database.Database
  const started: WalCheckpointer[] = []

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cxmap-wal-'))
    db = openWalDatabase(join(dir, 'wal.db'))
  })
  afterEach(async () => {
    await Promise.all(started.splice(0).map((checkpointer) => checkpointer.close()))
    if (db.open) db.close()
    await rm(dir, { recursive: true, force: true })
  })

  function start(restartFrames: number, onError?: (error: Error) => void): WalCheckpointer {
    const checkpointer = startWalCheckpointer(db, { intervalMs: MANUAL, restartFrames, onError })
    started.push(checkpointer)
    return checkpointer
  }

  /** Appends `batches` × 50 rows, one transaction each, with a checkpoint round after each batch; the largest log. */
  async function stream(checkpointer: WalCheckpointer, batches: number): Promise<number> {
    const insert = db.prepare('INSERT INTO rows (data) VALUES (?)')
    let largest = 0
    for (let batch = 0; batch < batches; batch++) {
      for (let i = 0; i < 50; i++) insert.run(ROW)
      await checkpointer.round()
      largest = Math.max(largest, walBytes(db))
    }
    return largest
  }

  it('turns SQLite’s automatic checkpoints off while it runs and back on when closed', async () => {
    const checkpointer = start(64)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    await checkpointer.close()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(await checkpointer.round()).toBeNull()
  })

  it('checkpoints from its thread and lets the log start over once it has grown past the limit', async () => {
    const checkpointer = start(64)
    const insert = db.prepare('INSERT INTO rows (data) VALUES (?)')
    for (let i = 0; i < 20; i++) insert.run(ROW)
    const small = await checkpointer.round()
    expect(small).toMatchObject({ completed: false })
    expect(small!.log).toBeGreaterThan(0)
    expect(small!.checkpointed).toBe(small!.log)

    for (let i = 0; i < 200; i++) insert.run(ROW)
    const large = await checkpointer.round()
    expect(large).toMatchObject({ completed: true })
    // The log started over: the next append writes at its beginning.
    insert.run(ROW)
    expect((await checkpointer.round())!.log).toBeLessThan(8)
    expect(db.prepare('SELECT count(*) FROM rows').pluck().get()).toBe(221)
  })

  it('keeps the log bounded under a stream of appends', async () => {
    const pageSize = db.pragma('page_size', { simple: true }) as number
    expect(await stream(start(64), 40)).toBeLessThan(64 * 4 * pageSize)
  })

  it('starts the log over even when appends ran during the thread’s pass', async () => {
    const checkpointer = start(64)
    const insert = db.prepare('INSERT INTO rows (data) VALUES (?)')
    for (let i = 0; i < 200; i++) insert.run(ROW)
    // Appends while the thread checkpoints (it runs in parallel) until it answers: its pass alone cannot catch up with
    // them, so without the event loop completing the checkpoint the log would go on growing.
    let answered = false
    const round = checkpointer.round().finally(() => (answered = true))
    while (!answered) {
      insert.run(ROW)
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await round).toMatchObject({ completed: true })
    insert.run(ROW)
    expect((await checkpointer.round())!.log).toBeLessThan(8)
  })

  it('puts SQLite’s automatic checkpoints back when its thread fails, and says so', async () => {
    // The thread opens the file by name; moved away, it is not there to open.
    await rename(db.name, join(dir, 'moved.db'))
    const failure = new Promise<Error>((resolve) => start(64, resolve))
    expect((await failure).message).toMatch(/SQLITE_CANTOPEN/)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
  })

  it('closes with the store, which reopens with everything it appended', async () => {
    const file = join(dir, 'store.db')
    const options = { walCheckpointer: { intervalMs: 5, restartFrames: 16 } }
    let store = openSqliteStore(file, options)
    const board = createTestBoardRecord()
    await store.createBoard(board)
    for (let i = 0; i < 300; i++) await store.appendUpdates([{ boardId: board.id, kind: 'board', update: ROW }])
    await store.close()
    store = openSqliteStore(file, options)
    expect((await store.loadDoc(board.id, 'board')).updates).toHaveLength(300)
    await store.close()
  })
})

function openWalDatabase(file: string): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB NOT NULL)')
  return db
}

function walBytes(db: Database.Database): number {
  try {
    return statSync(`${db.name}-wal`).size
  } catch {
    return 0
  }
}
