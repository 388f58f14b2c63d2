import { CloseCode, isFatalCloseCode, RetryCloseCode } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import type { TestClient } from './clients.ts'
import { createBoardOn, hasClusterBinaries } from './cluster.ts'
import { findMissing, haveConverged, readReadiness, readTexts, watchReadiness, writeCard } from './clusterClients.ts'
import { useCluster } from './useCluster.ts'
import { waitFor } from './waitFor.ts'

/*
 * Faults of issue 13 with real processes: two server instances on one PostgreSQL and one Redis, y-websocket clients
 * on each (the kill -9 case is in clusterKill.test.ts). "Acknowledged" is what a client received from a server, which
 * relays a value only once it is stored.
 */
const A = 0
const B = 1
const RETRY_CODES: number[] = Object.values(RetryCloseCode)
/** Generous: the whole suite runs files in parallel on two cores, and these waits cross processes. */
const PROCESS_WAIT = { timeoutMs: 15_000 }

const session = useCluster({ instances: 2 })
const { connect, readFresh, breakUntilRepaired } = session

/** Writes cards `from`…`to - 1` on each writer: `a-n` on the first, `b-n` on the second. */
function writeOnBoth([writerA, writerB]: [TestClient, TestClient], from: number, to: number): void {
  for (let n = from; n < to; n++) {
    writeCard(writerA.doc, 'a', n)
    writeCard(writerB.doc, 'b', n)
  }
}

describe.skipIf(!hasClusterBinaries())('two instances on one PostgreSQL and one Redis (real processes)', () => {
  it('writers on A and B converge; awareness crosses; a viewer on B cannot write', async () => {
    const board = await createBoardOn(session.cluster.server(A))
    const writerA = await connect(A, board, 'editor')
    const writerB = await connect(B, board, 'editor')
    const viewerB = await connect(B, board, 'viewer')
    writeOnBoth([writerA, writerB], 0, 20)
    await waitFor(() => haveConverged([writerA.doc, writerB.doc, viewerB.doc], 40), {
      ...PROCESS_WAIT,
      message: 'A and B converged',
    })

    // The viewer's awareness is sent after its write on the same socket: once A's client sees it, B has handled both.
    writeCard(viewerB.doc, 'viewer', 0)
    viewerB.provider.awareness.setLocalStateField('marker', 'after-write')
    await waitFor(() => writerA.provider.awareness.getStates().get(viewerB.doc.clientID)?.marker === 'after-write', {
      ...PROCESS_WAIT,
      message: "the viewer's awareness on A",
    })
    expect(readTexts(writerA.doc).has('shape:viewer-0')).toBe(false)
    expect(readTexts(writerB.doc).has('shape:viewer-0')).toBe(false)
    expect((await readFresh(A, board)).has('shape:viewer-0')).toBe(false)
    expect((await readFresh(B, board)).size).toBe(40)
  }, 20_000)

  it('a viewer link regenerated on A closes its socket on B with 4410, not the editor link', async () => {
    const board = await createBoardOn(session.cluster.server(A))
    const editorB = await connect(B, board, 'editor')
    const viewerB = await connect(B, board, 'viewer')
    const response = await fetch(`${session.cluster.server(A).httpUrl}/api/boards/${board.id}/links/viewer/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(response.status).toBe(200)
    await waitFor(() => viewerB.closes.length > 0, { ...PROCESS_WAIT, message: 'the viewer on B closed' })
    expect(viewerB.closes[0]!.code).toBe(CloseCode.linkRevoked)
    expect(editorB.closes).toEqual([])
  }, 20_000)

  it('Redis restarted mid-session: clients on A and B converge again without reconnecting; awareness crosses again', async () => {
    const board = await createBoardOn(session.cluster.server(A))
    const writerA = await connect(A, board, 'editor')
    const writerB = await connect(B, board, 'editor')
    writeCard(writerA.doc, 'a', 0)
    await waitFor(() => haveConverged([writerA.doc, writerB.doc], 1), { ...PROCESS_WAIT, message: 'first card across' })

    const startRedis = await breakUntilRepaired(session.cluster.redis.kill, session.cluster.redis.start)
    writeOnBoth([writerA, writerB], 1, 11)
    // Stored on each side while Redis is down: each instance relays its own clients' cards.
    await waitFor(() => readTexts(writerA.doc).size >= 11 && readTexts(writerB.doc).size >= 11, PROCESS_WAIT)
    expect(readTexts(writerB.doc).has('shape:a-1'), 'nothing crosses while Redis is down').toBe(false)
    const startedAt = performance.now()
    await startRedis()
    await waitFor(() => haveConverged([writerA.doc, writerB.doc], 21), {
      ...PROCESS_WAIT,
      message: 'convergence after the Redis restart',
    })
    const convergedMs = performance.now() - startedAt
    writeCard(writerB.doc, 'b', 11)
    await waitFor(() => haveConverged([writerA.doc, writerB.doc], 22), {
      ...PROCESS_WAIT,
      message: 'live fan-out again',
    })
    writerA.provider.awareness.setLocalStateField('marker', 'after-redis-restart')
    await waitFor(
      () => writerB.provider.awareness.getStates().get(writerA.doc.clientID)?.marker === 'after-redis-restart',
      { ...PROCESS_WAIT, message: 'awareness across again' },
    )
    console.log(`redis restart: converged ${convergedMs.toFixed(0)} ms after Redis was back`)
    expect(writerA.closes).toEqual([])
    expect(writerB.closes).toEqual([])
    expect((await readFresh(B, board)).size).toBe(22)
  }, 30_000)

  it('PostgreSQL restarted: rooms close with a retry code, /readyz is not ready, clients come back, nothing lost', async () => {
    const board = await createBoardOn(session.cluster.server(A))
    const writerA = await connect(A, board, 'editor')
    const writerB = await connect(B, board, 'editor')
    const observerA = await connect(A, board, 'viewer')
    const observerB = await connect(B, board, 'viewer')
    const everyone = [writerA, writerB, observerA, observerB]
    const docs = everyone.map((client) => client.doc)
    writeOnBoth([writerA, writerB], 0, 10)
    await waitFor(() => haveConverged(docs, 20), { ...PROCESS_WAIT, message: 'first cards' })

    const readiness = watchReadiness([A, B].map((i) => session.cluster.server(i).httpUrl))
    const stoppedAt = performance.now()
    const startPostgres = await breakUntilRepaired(
      session.cluster.postgres.stopServer,
      session.cluster.postgres.startServer,
    )
    await waitFor(async () => (await readReadiness(session.cluster.server(B).httpUrl)) === 503, {
      ...PROCESS_WAIT,
      message: 'B not ready',
    })
    // Appends now fail: each room closes its sockets; what the writers wrote meanwhile stays in their docs.
    writeOnBoth([writerA, writerB], 10, 20)
    await waitFor(() => everyone.every((client) => client.closes.length > 0), {
      ...PROCESS_WAIT,
      message: 'sockets closed',
    })
    for (const client of everyone) expect(RETRY_CODES).toContain(client.closes[0]!.code)
    const acknowledged = new Map([...readTexts(observerA.doc), ...readTexts(observerB.doc)])
    // Every client tries again while the database is down, and is not told to give up.
    await waitFor(() => everyone.every((client) => client.closes.length > 1), {
      ...PROCESS_WAIT,
      message: 'failed reconnections',
    })

    await startPostgres()
    const backAt = performance.now()
    await waitFor(() => everyone.every((client) => client.provider.synced && client.provider.wsconnected), {
      ...PROCESS_WAIT,
      message: 'clients reconnected',
    })
    const reconnectedMs = performance.now() - backAt
    await waitFor(() => haveConverged(docs, 40), { ...PROCESS_WAIT, message: 'convergence after the restart' })
    const notReadyMs = (await readiness.stop()).map(({ notReadyAt, readyAgainAt }) => readyAgainAt - notReadyAt)
    for (const ms of notReadyMs) expect(ms).toBeGreaterThan(0)
    console.log(
      `postgres restart: /readyz not ready for ${notReadyMs.map((ms) => ms.toFixed(0)).join(' / ')} ms (A / B) of ` +
        `a ${(backAt - stoppedAt).toFixed(0)} ms outage; clients back ${reconnectedMs.toFixed(0)} ms after PostgreSQL`,
    )
    for (const client of everyone) expect(client.closes.filter((close) => isFatalCloseCode(close.code))).toEqual([])
    const fresh = await readFresh(B, board)
    expect(findMissing(acknowledged, fresh)).toEqual([])
    expect(fresh.size).toBe(40)
  }, 40_000)
})
