import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type Database from 'better-sqlite3'

/**
 * Moves SQLite's WAL checkpoints off the event loop.
 *
 * A checkpoint copies the log's pages into the database file and, with `synchronous = NORMAL`, fsyncs both files. Run
 * by SQLite itself (`wal_autocheckpoint`) it happens inside whichever append crosses the threshold, on the event loop:
 * every ~300 appends the whole server stops for the copy and two fsyncs (5–8 ms here, longer on a slow disk). Here a
 * worker thread with its own connection runs a PASSIVE checkpoint every `intervalMs` instead, which never blocks the
 * writer. A concurrent checkpoint never quite catches up with a steady stream of appends, though, and SQLite starts
 * the log over only once one has; so when the log has grown past `restartFrames`, the event loop finishes the job
 * right after the worker's pass: a PASSIVE checkpoint of the few pages appended meanwhile, with nothing else writing,
 * after which the next append starts the log from its beginning (and `journal_size_limit` trims the file). The event
 * loop thus pays for a small checkpoint every `restartFrames` frames instead of a full one every 1,000 pages.
 */
export interface WalCheckpointerOptions {
  /** How often the worker checkpoints (ms). */
  intervalMs: number
  /** The log length (in pages) above which the event loop completes a checkpoint so that the log starts over. */
  restartFrames: number
  /** Called when the worker fails; SQLite's own automatic checkpoints are back on by then. */
  onError?: (error: Error) => void
}

// 1,024 pages (4 MiB): a longer log costs every append more (SQLite looks each page up in the log's index first).
export const DEFAULT_WAL_CHECKPOINTER: WalCheckpointerOptions = { intervalMs: 1000, restartFrames: 1024 }

/** What one round did: the log's length and how much of it is in the database file, as SQLite reports them. */
export interface CheckpointRound {
  /** Pages in the log after the worker's pass, and how many of them it copied. */
  log: number
  checkpointed: number
  /** Whether the event loop completed the checkpoint (the next append starts the log over). */
  completed: boolean
}

export interface WalCheckpointer {
  /** Runs one round now (the timer runs them too); resolves with what it did, or null when the worker is gone. */
  round(): Promise<CheckpointRound | null>
  /** Stops the worker (its connection closed) and puts SQLite's automatic checkpoints back on. */
  close(): Promise<void>
}

interface CheckpointRow {
  busy: number
  log: number
  checkpointed: number
}

// The worker's program, evaluated as a CommonJS script: a file of its own would need a loader for TypeScript in
// development and a bundle entry of its own in production. It answers each request with one PASSIVE checkpoint.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
// better-sqlite3's errors reach the parent thread without their message; a plain Error keeps it.
const plain = (error) => new Error(error.code ? error.code + ': ' + error.message : error.message)
let db
try {
  db = new Database(workerData.file, { fileMustExist: true })
  db.pragma('busy_timeout = 5000')
} catch (error) {
  throw plain(error)
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close()
    parentPort.close()
    return
  }
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)')
    parentPort.postMessage(row)
  } catch (error) {
    throw plain(error)
  }
})
`

const SQLITE_AUTOCHECKPOINT_PAGES = 1000

/** Starts checkpointing `db` (a file in WAL mode) from a worker thread; `db` is the process's only writer. */
export function startWalCheckpointer(db: Database.Database, options: WalCheckpointerOptions): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  // execArgv: [] — the thread needs none of the process's flags (a TypeScript loader in development, a profiler).
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: db.name }, execArgv: [] })
  worker.unref()
  db.pragma('wal_autocheckpoint = 0')
  // A log file that grew past this is cut back to it when the log starts over. Well above what one interval's appends
  // write, so that a busy server reuses the file instead of growing and cutting it every second.
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.pragma(`journal_size_limit = ${options.restartFrames * pageSize * 4}`)

  let running = true
  let pending: ((row: CheckpointRow | null) => void) | null = null
  let inFlight: Promise<CheckpointRound | null> | null = null

  const stop = (error?: Error) => {
    if (!running) return
    running = false
    clearInterval(timer)
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`)
    pending?.(null)
    pending = null
    if (error) options.onError?.(error)
  }
  worker.on('message', (row: CheckpointRow) => {
    const resolve = pending
    pending = null
    resolve?.(row)
  })
  worker.on('error', (error) => stop(error))
  worker.on('exit', (code) => stop(code === 0 ? undefined : new Error(`the checkpoint thread exited with ${code}`)))

  const askWorker = () =>
    new Promise<CheckpointRow | null>((resolve) => {
      pending = resolve
      worker.postMessage('checkpoint')
    })

  const runRound = async (): Promise<CheckpointRound | null> => {
    const row = await askWorker()
    if (!row || !running || !db.open) return null
    const completed = row.log >= options.restartFrames
    // Nothing else writes while this runs (the event loop is the only writer), so it copies what the worker's pass
    // left and the log is then wholly in the database file.
    if (completed) db.pragma('wal_checkpoint(PASSIVE)')
    return { log: row.log, checkpointed: row.checkpointed, completed }
  }

  const round = (): Promise<CheckpointRound | null> => {
    if (!running) return Promise.resolve(null)
    inFlight ??= runRound().finally(() => (inFlight = null))
    return inFlight
  }

  const timer = setInterval(() => {
    round().catch((error: unknown) => stop(error instanceof Error ? error : new Error(String(error))))
  }, options.intervalMs)
  timer.unref()

  return {
    round,
    async close() {
      if (!running) return
      // Referenced again: an unreferenced thread would let a process with nothing else left exit before it closed.
      worker.ref()
      await inFlight
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      stop()
      worker.postMessage('close')
      await exited
    },
  }
}
