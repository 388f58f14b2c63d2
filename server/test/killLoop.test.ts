import {
  createBoardResponseSchema,
  getRecordsMap,
  readAllRecords,
  writeRecord,
  type CreateBoardResponse,
} from '@cxmap/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { createCardRecord } from './boardDocs.ts'
import { connectClient, connectSyncedClient, type TestClient } from './clients.ts'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/*
 * kill -9 loop (issue 12): writers write cards, an observer records what it received, the server is killed with
 * SIGKILL and restarted on the same DATA_DIR, and every card the observer had received must be there. KILL_CYCLES sets
 * the number of cycles (5 by default, 100 for the bench-sized run).
 */
const CYCLES = Number(process.env.KILL_CYCLES ?? '5')
/** Cards the observer must have seen in a cycle before the kill. */
const SEEN_BEFORE_KILL = 60
const WRITERS = 2

const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startServer(dataDir: string): Promise<ServerProcess> {
  // Compacting every 25 updates lets some kills land during a compaction.
  const server = await spawnServer({ DATA_DIR: dataDir, COMPACT_EVERY_UPDATES: '25' })
  cleanups.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    await server.exited
  })
  return server
}

async function createBoard(server: ServerProcess): Promise<CreateBoardResponse> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Kill loop' }),
  })
  return createBoardResponseSchema.parse(await response.json())
}

/** Card id → text, of every complete card the client holds. */
function readTexts(client: TestClient): Map<string, unknown> {
  const texts = new Map<string, unknown>()
  for (const [id, record] of Object.entries(readAllRecords(client.doc))) {
    texts.set(id, (record.props as { text?: unknown } | undefined)?.text)
  }
  return texts
}

/** Writes cards from every writer in turn until `stop()`; resolves with how many were written. */
function startWriting(writers: TestClient[], cycle: number): { stop: () => Promise<number> } {
  let running = true
  let written = 0
  const loop = (async () => {
    while (running) {
      const writer = writers[written % writers.length]!
      const id = `shape:c${cycle}-n${written}`
      writeRecord(getRecordsMap(writer.doc), createCardRecord(id, `cycle ${cycle} card ${written}`, 'idea', written, 0))
      written += 1
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return written
    },
  }
}

async function runCycle(dataDir: string, board: CreateBoardResponse | null, cycle: number) {
  const server = await startServer(dataDir)
  const target = board ?? (await createBoard(server))
  const track = (client: TestClient) => (cleanups.push(() => client.destroy()), client)
  const reader = track(await connectSyncedClient(server.syncUrl, target.id, target.tokens.viewer))
  const before = readTexts(reader)
  const writers: TestClient[] = []
  for (let i = 0; i < WRITERS; i++) {
    writers.push(track(await connectSyncedClient(server.syncUrl, target.id, target.tokens.editor)))
  }
  // The observer's first sync after the restart is what the store kept of the previous cycles.
  const writing = startWriting(writers, cycle)
  const records = getRecordsMap(reader.doc)
  await waitFor(() => records.size >= before.size + SEEN_BEFORE_KILL, { timeoutMs: 20_000 })
  server.child.kill('SIGKILL')
  await server.exited
  // Whatever was already in flight to the observer counts as received: wait until its socket is gone too.
  await waitFor(() => reader.closes.length > 0, { message: 'observer disconnected' })
  const written = await writing.stop()
  const seen = readTexts(reader)
  for (const client of [reader, ...writers]) client.provider.disconnect()
  return { board: target, stored: before, seen, written }
}

async function readStored(dataDir: string, board: CreateBoardResponse): Promise<Map<string, unknown>> {
  const server = await startServer(dataDir)
  const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer)
  cleanups.push(() => reader.destroy())
  await waitFor(() => reader.provider.synced, { timeoutMs: 10_000, message: 'reader synced after restart' })
  const texts = readTexts(reader)
  reader.provider.disconnect()
  server.child.kill('SIGKILL')
  await server.exited
  return texts
}

function findLost(seen: Map<string, unknown>, stored: Map<string, unknown>): string[] {
  return [...seen].filter(([id, text]) => stored.get(id) !== text).map(([id]) => id)
}

describe('kill -9 loop', () => {
  it(
    `loses no card the observer received over ${CYCLES} SIGKILL cycles`,
    async () => {
      const dir = await createTempDir('cxmap-killloop-')
      cleanups.push(dir.remove)
      let board: CreateBoardResponse | null = null
      let seen = new Map<string, unknown>()
      const lost: string[] = []
      const cycleMs: number[] = []
      let checked = 0
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const started = Date.now()
        const result = await runCycle(dir.path, board, cycle)
        lost.push(...findLost(seen, result.stored))
        checked += seen.size
        ;({ board, seen } = result)
        cycleMs.push(Date.now() - started)
        // Stop this cycle's servers and clients; the data dir (the first cleanup) stays for the next cycle.
        for (const cleanup of cleanups.splice(1).reverse()) await cleanup()
      }
      lost.push(...findLost(seen, await readStored(dir.path, board!)))
      checked += seen.size
      const mean = cycleMs.reduce((a, b) => a + b, 0) / cycleMs.length
      console.log(
        `kill loop: ${CYCLES} cycles, ${checked} received values checked, ${lost.length} lost; ` +
          `${mean.toFixed(0)} ms per cycle (max ${Math.max(...cycleMs)} ms)`,
      )
      expect(lost).toEqual([])
    },
    30_000 + CYCLES * 15_000,
  )
})
