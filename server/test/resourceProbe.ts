/**
 * The resource probes of issue 12, against the real server in a child process with the default limits:
 * `node --import tsx test/resourceProbe.ts flood|slow|catchup|load` from `server/`. Prints one JSON line per figure.
 * PROBE_OVERWRITE=1: the flood rewrites one card (the byte rate, not the size limit, stops it); PROBE_CONTROL=1: the
 * slow reader reads (the RSS the same traffic costs anyway).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getRecordsMap, writeRecord, type CreateBoardResponse } from '@cxmap/shared'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { openSqliteStore, openSqliteStoreReadOnly } from '../src/storage/sqlite.ts'
import { encodeUpdateMessage } from '../src/sync/messages.ts'
import { createCardRecord, encodeRecordsUpdate } from './boardDocs.ts'
import { spawnServer, type ServerProcess } from './serverProcess.ts'
import { createTempDir } from './testServer.ts'
import { waitFor } from './waitFor.ts'

const MB = 1_000_000

function readRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
  return Math.round(Number(line?.[1] ?? 0) / 1024)
}

async function startServer(dataDir: string): Promise<ServerProcess> {
  return spawnServer({ DATA_DIR: dataDir, CLIENT_DIST_DIR: join(dataDir, 'none') })
}

async function stopServer(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM')
  await server.exited
}

async function createBoard(server: ServerProcess): Promise<CreateBoardResponse> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'probe' }),
  })
  return (await response.json()) as CreateBoardResponse
}

async function readRefused(server: ServerProcess, code: number): Promise<number> {
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text()
  return Number(new RegExp(`cxmap_ws_refused_total\\{code="${code}"\\} (\\d+)`).exec(text)?.[1] ?? 0)
}

function openSocket(server: ServerProcess, boardId: string, token: string): Promise<WebSocket> {
  const socket = new WebSocket(`${server.syncUrl}/${boardId}?token=${encodeURIComponent(token)}`)
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

function storedBytes(dataDir: string, boardId: string): Promise<number> {
  const store = openSqliteStoreReadOnly(join(dataDir, 'cxmap.db'))
  return store
    .loadDoc(boardId, 'board')
    .then((doc) => doc.updates.reduce((sum, update) => sum + update.byteLength, 0))
    .finally(() => void store.close())
}

/** An editor that writes new 90 KB cards as fast as its socket drains for 20 s, reconnecting 100 ms after a close. */
async function probeFlood(): Promise<void> {
  const dir = await createTempDir()
  const server = await startServer(dir.path)
  const board = await createBoard(server)
  const text = 'f'.repeat(90_000)
  const closes: number[] = []
  let sent = 0
  const endAt = Date.now() + 20_000
  for (let n = 0; Date.now() < endAt;) {
    const socket = await openSocket(server, board.id, board.tokens.editor)
    let closed = false
    socket.on('close', (code) => ((closed = true), closes.push(code)))
    while (!closed && Date.now() < endAt) {
      if (socket.bufferedAmount > 4 * MB) {
        await new Promise((resolve) => setTimeout(resolve, 5))
        continue
      }
      const message = encodeUpdateMessage(
        encodeRecordsUpdate([createCardRecord(process.env.PROBE_OVERWRITE ? `shape:f` : `shape:f${n++}`, text)]),
      )
      socket.send(message)
      sent += message.byteLength
    }
    socket.close()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const codes = Object.fromEntries([...new Set(closes)].map((code) => [code, closes.filter((c) => c === code).length]))
  await stopServer(server)
  const stored = await storedBytes(dir.path, board.id)
  console.log(
    JSON.stringify({
      probe: process.env.PROBE_OVERWRITE ? 'flood (one card rewritten)' : 'flood (new cards)',
      seconds: 20,
      sentMB: sent / MB,
      storedMB: stored / MB,
      codes,
    }),
  )
  await dir.remove()
}

/** A viewer that never reads while an editor rewrites a 90 KB card 15 times a second for 60 s. */
async function probeSlowReader(): Promise<void> {
  const dir = await createTempDir()
  const server = await startServer(dir.path)
  const board = await createBoard(server)
  const slow = await openSocket(server, board.id, board.tokens.viewer)
  if (!process.env.PROBE_CONTROL) (slow as unknown as { _socket: { pause(): void } })._socket.pause()
  const writer = await openSocket(server, board.id, board.tokens.editor)
  const writerCloses: number[] = []
  writer.on('close', (code) => writerCloses.push(code))
  const doc = new Y.Doc()
  doc.on('update', (update: Uint8Array) => writer.send(encodeUpdateMessage(update)))
  const baseline = readRssMb(server.child.pid!)
  let peak = baseline
  let closedAfterS: number | null = null
  const startedAt = Date.now()
  for (let i = 0; Date.now() - startedAt < 60_000; i++) {
    writeRecord(getRecordsMap(doc), createCardRecord('shape:slow', `${i} ${'s'.repeat(90_000)}`))
    await new Promise((resolve) => setTimeout(resolve, 1000 / 15))
    peak = Math.max(peak, readRssMb(server.child.pid!))
    if (closedAfterS === null && i % 15 === 0 && (await readRefused(server, 1013)) > 0)
      closedAfterS = (Date.now() - startedAt) / 1000
  }
  console.log(
    JSON.stringify({
      probe: 'slow reader',
      seconds: 60,
      baselineRssMB: baseline,
      peakRssMB: peak,
      closedAfterS,
      writerCloses,
    }),
  )
  slow.terminate()
  writer.close()
  await stopServer(server)
  await dir.remove()
}

function fillOffline(bytes: number, prefix: string): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    for (let i = 0; i * 90_000 < bytes; i++)
      writeRecord(getRecordsMap(doc), createCardRecord(`shape:${prefix}${i}`, `${i} `.padEnd(90_000, 'o')))
  })
  return doc
}

function connectProvider(server: ServerProcess, boardId: string, token: string, doc: Y.Doc) {
  const provider = new WebsocketProvider(server.syncUrl, boardId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  const closes: number[] = []
  provider.on('connection-close', (event) => event && closes.push(event.code))
  return { provider, closes }
}

const countPrefixed = (doc: Y.Doc, prefix: string) =>
  [...getRecordsMap(doc).keys()].filter((id) => id.startsWith(`shape:${prefix}`)).length

/** 9 MB and 20 MB of offline work syncing at once, then a new client syncing the board. */
async function probeCatchUp(): Promise<void> {
  const dir = await createTempDir()
  const server = await startServer(dir.path)
  for (const megabytes of [9, 20]) {
    const board = await createBoard(server)
    const offline = fillOffline(megabytes * MB, 'c')
    const cards = countPrefixed(offline, 'c')
    const updateMB = Y.encodeStateAsUpdate(offline).byteLength / MB
    const startedAt = Date.now()
    const writer = connectProvider(server, board.id, board.tokens.editor, offline)
    const fresh = new Y.Doc()
    let syncedMs: number | null = null
    try {
      await waitFor(() => writer.provider.synced, { timeoutMs: 60_000 })
      const reader = connectProvider(server, board.id, board.tokens.viewer, fresh)
      await waitFor(() => countPrefixed(fresh, 'c') === cards, { timeoutMs: 60_000 })
      syncedMs = Date.now() - startedAt
      reader.provider.destroy()
    } catch {
      syncedMs = null
    }
    writer.provider.destroy()
    console.log(JSON.stringify({ probe: 'offline catch-up', updateMB, cards, syncedMs, closes: writer.closes }))
  }
  await stopServer(server)
  await dir.remove()
}

/** Server memory for loading a stored 30 MB board, and for a stored board over 4× MAX_DOC_BYTES (refused). */
async function probeLoad(): Promise<void> {
  const dir = await createTempDir()
  let server = await startServer(dir.path)
  const board = await createBoard(server)
  const big = await createBoard(server)
  await stopServer(server)
  const store = openSqliteStore(join(dir.path, 'cxmap.db'))
  await store.appendUpdate(board.id, 'board', Y.encodeStateAsUpdate(fillOffline(30 * MB, 'l')))
  for (let i = 0; i < 3; i++)
    await store.appendUpdate(big.id, 'board', Y.encodeStateAsUpdate(fillOffline(50 * MB, `b${i}`)))
  await store.close()
  for (const [name, target] of [
    ['30 MB board', board],
    ['150 MB board', big],
  ] as const) {
    server = await startServer(dir.path)
    const before = readRssMb(server.child.pid!)
    const doc = new Y.Doc()
    const client = connectProvider(server, target.id, target.tokens.viewer, doc)
    await waitFor(() => client.provider.synced || client.closes.length > 0, { timeoutMs: 120_000 })
    const after = readRssMb(server.child.pid!)
    console.log(JSON.stringify({ probe: 'load', name, rssBeforeMB: before, rssAfterMB: after, closes: client.closes }))
    client.provider.destroy()
    await stopServer(server)
  }
  await dir.remove()
}

const probes: Record<string, () => Promise<void>> = {
  flood: probeFlood,
  slow: probeSlowReader,
  catchup: probeCatchUp,
  load: probeLoad,
}
await probes[process.argv[2] ?? '']?.()
