import { RetryCloseCode, createBoardResponseSchema, getDepartmentsMap, type CreateBoardResponse } from '@cxmap/shared'
import type * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { connectClient, connectSyncedClient, type TestClient } from './clients.ts'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'
import { waitFor } from './waitFor.ts'

const MAX_WRITES = 5000
const KILL_AFTER_SEEN = 300

const cleanups: (() => Promise<void> | void)[] = []

/** One small write the server's update gate accepts: a department per key (a synthetic map would be refused). */
function writeEntry(doc: Y.Doc, i: number): void {
  getDepartmentsMap(doc).set(`crash-${i}`, { id: `crash-${i}`, name: `d${i}`, color: '#828282', order: i })
}

/** The entries {@link writeEntry} wrote (the board's own departments left out). */
function readEntries(doc: Y.Doc): Record<string, unknown> {
  const entries = Object.entries(getDepartmentsMap(doc).toJSON())
  return Object.fromEntries(entries.filter(([key]) => key.startsWith('crash-')))
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startServer(dataDir: string, port = 0): Promise<ServerProcess> {
  // A small compaction interval, so that the kill can also land during a compaction.
  const server = await spawnServer({ DATA_DIR: dataDir, COMPACT_EVERY_UPDATES: '40', PORT: String(port) })
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
    body: JSON.stringify({ title: 'Process test' }),
  })
  return createBoardResponseSchema.parse(await response.json())
}

function track(client: TestClient): TestClient {
  cleanups.push(() => client.destroy())
  return client
}

describe('server process', () => {
  it('loses no update another client has seen when the server is killed with SIGKILL mid-stream', async () => {
    const dir = await createTempDir('cxmap-crash-')
    cleanups.push(dir.remove)
    const server = await startServer(dir.path)
    const board = await createBoard(server)
    const writer = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    const observer = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))

    let written = 0
    let isWriting = true
    const writing = (async () => {
      while (isWriting && written < MAX_WRITES) {
        writeEntry(writer.doc, written)
        written += 1
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    })()
    await waitFor(() => Object.keys(readEntries(observer.doc)).length >= KILL_AFTER_SEEN, {
      timeoutMs: 20_000,
      message: 'observed updates',
    })
    server.child.kill('SIGKILL')
    expect(await server.exited).toBe('SIGKILL')
    // Whatever was already in flight to the observer counts as seen: wait until its socket is gone too.
    await waitFor(() => observer.closes.length > 0, { message: 'observer disconnected' })
    isWriting = false
    await writing
    const seen = readEntries(observer.doc)
    writer.provider.disconnect()
    observer.provider.disconnect()
    expect(written).toBeGreaterThan(Object.keys(seen).length)

    const restarted = await startServer(dir.path)
    const reader = track(connectClient(restarted.syncUrl, board.id, board.tokens.viewer))
    await waitFor(() => reader.provider.synced, { timeoutMs: 10_000, message: 'reader synced' })
    const recovered = readEntries(reader.doc)
    const missing = Object.keys(seen).filter((key) => JSON.stringify(recovered[key]) !== JSON.stringify(seen[key]))
    expect(missing).toEqual([])
  }, 60_000)

  it('shuts down on SIGTERM with 1012 and exit code 0; clients come back and nothing is lost', async () => {
    const dir = await createTempDir('cxmap-term-')
    cleanups.push(dir.remove)
    const server = await startServer(dir.path)
    const board = await createBoard(server)
    const writer = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    for (let i = 0; i < 50; i++) writeEntry(writer.doc, i)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('"msg":"stopped"')
    await waitFor(() => writer.closes.length > 0)
    expect(writer.closes[0]!.code).toBe(RetryCloseCode.serviceRestart)

    // Updates still in flight at the signal were never accepted; the writer keeps them and re-syncs on reconnect.
    const restarted = await startServer(dir.path, server.port)
    await waitFor(() => writer.provider.synced, { timeoutMs: 10_000, message: 'writer reconnected' })
    const reader = track(await connectSyncedClient(restarted.syncUrl, board.id, board.tokens.viewer))
    await waitFor(() => Object.keys(readEntries(reader.doc)).length === 50)
  }, 60_000)
})
