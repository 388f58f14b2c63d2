import { createBoardSchema, getRecordsMap, readAllRecords, type CreateBoardResponse } from '@cxmap/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStore } from '../src/storage/sqlite.ts'
import { loadStoredBoardDoc } from './boardDocs.ts'
import { connectClient, connectSyncedClient, type TestClient } from './clients.ts'
import { auditBoardDoc, type DocAudit } from './fuzz/audit.ts'
import { sendFuzzFrames, type FuzzRun } from './fuzz/fuzzRun.ts'
import { HonestEdits } from './fuzz/honestEdits.ts'
import { Random, readSeed } from './fuzz/random.ts'
import { createBoardVia, createTempDir, createTestConfig, startTestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/*
 * Seeded WebSocket fuzz against a real server with two honest y-websocket clients (issue 12). FUZZ_SEED replays a
 * run, FUZZ_FRAMES sets its length (2,000 by default, 10,000 for the bench-sized run).
 */
const SEED = readSeed()
const FRAMES = Number(process.env.FUZZ_FRAMES ?? '2000')
/** Each honest edit must reach the other honest client within this time, whatever the fuzzer sends meanwhile. */
const LATENCY_LIMIT_MS = 5000
const FRAMES_PER_SECOND = 250
const HONEST_EDIT_EVERY_MS = 100
/**
 * The stored board after the fuzz holds the template, the honest cards and the fuzzer's valid cards (floods are valid
 * cards): bounded by the frames sent, and by bytes per record (a 5 MB string or a pile of garbage would break both).
 */
const MAX_STORED_STATE_BYTES = 256 * 1024 + FRAMES * 256
const MAX_BYTES_PER_RECORD = 2048
/** A client opening the board after the fuzz syncs within this time. */
const FRESH_SYNC_LIMIT_MS = 10_000

interface FuzzOutcome {
  board: CreateBoardResponse
  run: FuzzRun
  latenciesMs: number[]
  honestWritten: number
  missed: { id: string; ageMs: number }[]
  converged: boolean
  healthStatus: number
  freshSyncMs: number
  freshCloses: { code: number; reason: string }[]
  /** What each honest client sees as the other's role in presence. */
  peerRoles: unknown[]
  facilitatorsSeen: number
  audit: DocAudit
}

function readPerson(client: TestClient, clientId: number): { role?: unknown } | undefined {
  return (client.provider.awareness.getStates().get(clientId) as { person?: { role?: unknown } } | undefined)?.person
}

function countFacilitators(client: TestClient): number {
  return [...client.provider.awareness.getStates().values()].filter(
    (state) => (state as { person?: { role?: unknown } }).person?.role === 'facilitator',
  ).length
}

async function runFuzzSession(dataDir: string): Promise<FuzzOutcome> {
  const server = await startTestServer({ dataDir, config: { maxConnectionsPerAddress: 10_000 } })
  const clients: TestClient[] = []
  try {
    const board = await createBoardVia(server.cxmap, 'Fuzz', { template: 'base-cjm' })
    const pair = [
      await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor),
      await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor),
    ] as const
    clients.push(...pair)
    pair.forEach((client, i) =>
      client.provider.awareness.setLocalStateField('person', {
        ...{ id: `honest-${i}`, name: `Honest ${i}`, color: '#0a0', department: '', role: 'editor' },
      }),
    )
    await waitFor(() => pair.every((client) => client.provider.awareness.getStates().size >= 2))
    const honest = new HonestEdits(pair)
    honest.start(HONEST_EDIT_EVERY_MS)
    const context = {
      honestClientIds: pair.map((c) => c.doc.clientID),
      maxMessageBytes: createTestConfig(dataDir).maxMessageBytes,
      readBoardState: () => Y.encodeStateAsUpdate(pair[0].doc),
    }
    const run = await sendFuzzFrames({
      boardUrl: `${server.syncUrl}/${board.id}`,
      tokens: { editor: board.tokens.editor, viewer: board.tokens.viewer },
      random: new Random(SEED),
      frames: FRAMES,
      context,
      framesPerSecond: FRAMES_PER_SECOND,
    })
    honest.stop()
    await waitFor(() => honest.outstanding().length === 0, { timeoutMs: LATENCY_LIMIT_MS }).catch(() => null)
    const missed = honest.outstanding()
    const records = pair.map((client) => JSON.stringify(readAllRecords(client.doc)))
    const healthStatus = (await fetch(`${server.httpUrl}/healthz`).then(
      (r) => r.status,
      () => 0,
    )) as number
    const freshStarted = Date.now()
    const fresh = connectClient(server.syncUrl, board.id, board.tokens.viewer)
    clients.push(fresh)
    const freshSynced = await waitFor(() => fresh.provider.synced, { timeoutMs: FRESH_SYNC_LIMIT_MS }).catch(
      () => false,
    )
    const outcome = {
      board,
      run,
      latenciesMs: honest.latenciesMs,
      honestWritten: honest.written,
      missed,
      converged: records[0] === records[1] && getRecordsMap(pair[0].doc).size > 0,
      healthStatus,
      freshSyncMs: freshSynced ? Date.now() - freshStarted : Number.POSITIVE_INFINITY,
      freshCloses: fresh.closes,
      peerRoles: [readPerson(pair[0], pair[1].doc.clientID)?.role, readPerson(pair[1], pair[0].doc.clientID)?.role],
      facilitatorsSeen: countFacilitators(pair[0]) + countFacilitators(pair[1]),
    }
    for (const client of clients.splice(0)) client.destroy()
    await server.stop()
    return { ...outcome, audit: await auditStoredBoard(dataDir, board.id) }
  } finally {
    for (const client of clients) client.destroy()
    await server.stop().catch(() => {})
  }
}

async function auditStoredBoard(dataDir: string, boardId: string): Promise<DocAudit> {
  const store = openSqliteStore(createTestConfig(dataDir).databaseFile)
  try {
    const doc = await loadStoredBoardDoc(store, boardId)
    return auditBoardDoc(doc, createBoardSchema())
  } finally {
    await store.close()
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN
}

describe(`WebSocket fuzz, ${FRAMES} frames (FUZZ_SEED=${SEED} replays this run)`, () => {
  let dir: Awaited<ReturnType<typeof createTempDir>>
  let outcome: FuzzOutcome

  beforeAll(
    async () => {
      dir = await createTempDir('cxmap-fuzz-')
      outcome = await runFuzzSession(dir.path)
      const { run, audit } = outcome
      console.log(
        `fuzz seed ${SEED}: ${run.framesSent} frames in ${run.durationMs} ms, ${run.opens} connections, closes ` +
          `${JSON.stringify(run.closesByCode)}; honest edits ${outcome.honestWritten}, latency p50 ` +
          `${percentile(outcome.latenciesMs, 50)} ms p99 ${percentile(outcome.latenciesMs, 99)} ms max ` +
          `${Math.max(...outcome.latenciesMs)} ms; stored ${audit.stateBytes} B, ${audit.recordCount} records, ` +
          `${audit.invalidRecords.length} invalid, foreign ${JSON.stringify(audit.foreignTypes)}, pending ` +
          `${audit.hasPending}, meta ${JSON.stringify(audit.metaProblems)}, typed maps ${audit.typedMapProblems.length}; peer roles ${JSON.stringify(outcome.peerRoles)}`,
      )
    },
    60_000 + FRAMES * 30,
  )

  afterAll(async () => {
    await dir?.remove()
  })

  it('sends every frame kind the brief lists', () => {
    expect(outcome.run.framesSent).toBeGreaterThanOrEqual(FRAMES)
    if (FRAMES >= 2000) expect(Object.keys(outcome.run.byKind).length).toBeGreaterThanOrEqual(12)
  })

  it('keeps the server up: health answers after the fuzz', () => {
    expect(outcome.healthStatus).toBe(200)
  })

  it('keeps every spoofed presence out: each honest client shows with its own role, no viewer turns facilitator', () => {
    expect(outcome.peerRoles).toEqual(['editor', 'editor'])
    expect(outcome.facilitatorsSeen).toBe(0)
  })

  it(`lets a new client open the board after the fuzz within ${FRESH_SYNC_LIMIT_MS} ms`, () => {
    expect(outcome.freshSyncMs, JSON.stringify(outcome.freshCloses)).toBeLessThan(FRESH_SYNC_LIMIT_MS)
  })

  it(`delivers every honest edit to the other honest client within ${LATENCY_LIMIT_MS} ms`, () => {
    expect(outcome.missed).toEqual([])
    expect(Math.max(...outcome.latenciesMs)).toBeLessThan(LATENCY_LIMIT_MS)
    expect(outcome.latenciesMs.length).toBe(outcome.honestWritten)
    expect(outcome.converged).toBe(true)
  })

  it('stores no invalid record (tldraw schema + ours, ids, parents, sizes)', () => {
    expect(outcome.audit.invalidRecords.slice(0, 20)).toEqual([])
  })

  it('stores no meta a client of this version would not write', () => {
    expect(outcome.audit.metaProblems).toEqual([])
  })

  it('stores only roadmap entities and departments the shared readers read back as stored', () => {
    expect(outcome.audit.typedMapProblems).toEqual([])
  })

  it('stores no undeclared top-level type and no pending structs', () => {
    expect(outcome.audit.foreignTypes).toEqual([])
    expect(outcome.audit.hasPending).toBe(false)
  })

  it(`keeps the stored doc under ${MAX_STORED_STATE_BYTES} bytes and ${MAX_BYTES_PER_RECORD} per record`, () => {
    expect(outcome.audit.stateBytes).toBeLessThan(MAX_STORED_STATE_BYTES)
    expect(outcome.audit.stateBytes / outcome.audit.recordCount).toBeLessThan(MAX_BYTES_PER_RECORD)
  })
})
