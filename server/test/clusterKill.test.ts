import type { CreateBoardResponse } from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { createBoardOn, hasClusterBinaries } from './cluster.ts'
import { findMissing, haveConverged, readTexts, startWriting } from './clusterClients.ts'
import { useCluster } from './useCluster.ts'
import { waitFor } from './waitFor.ts'

/*
 * kill -9 with two real server instances on one PostgreSQL and one Redis (issue 13): the killed instance's clients
 * move to the other one as a load balancer would send them, and nothing any client had received is lost. "Received"
 * is what the killLoop test means: a value a client got from a server, which relays it only once it is stored.
 */
const A = 0
const B = 1
/** Values the observers must have seen (this cycle) before the kill. */
const SEEN_BEFORE_KILL = 80
/** Kill cycles, alternating the instance killed (CLUSTER_KILL_CYCLES; 1 by default, more for a longer run). */
const KILL_CYCLES = Number(process.env.CLUSTER_KILL_CYCLES ?? '1')
/** Generous: the whole suite runs files in parallel on two cores, and these waits cross processes. */
const PROCESS_WAIT = { timeoutMs: 15_000 }

// Compacting every 25 appends: both instances compact the shared log while the streams run, and a kill may land in one.
// A slow run merges more updates into each append, so the kill waits for a compaction as well as for the values.
const session = useCluster({ instances: 2, env: { COMPACT_EVERY_UPDATES: '25' } })
const { connect, readFresh, move, breakUntilRepaired } = session

/** The last update seq the board doc's stored snapshot replaces (0: none). */
async function readCompactedThrough(board: CreateBoardResponse): Promise<number> {
  const rows = await session.cluster.query<{ through_seq: string }>(
    `SELECT through_seq FROM doc_snapshots WHERE board_id = $1 AND kind = 'board'`,
    [board.id],
  )
  return Number(rows[0]?.through_seq ?? 0)
}

/** What one kill cycle measured. */
interface KillFigures {
  /** Values the observers had received when the victim died. */
  received: number
  /** Received values missing from the survivor or from the restarted victim. */
  lost: string[]
  /** Cards on the board after the cycle. */
  total: number
  detectedMs: number
  reconnectMs: number
}

/**
 * A writer and an observer on each instance stream cards; `victim` is killed with SIGKILL; its observer moves to
 * `survivor` first (a viewer re-sends nothing, so what it then syncs is what was kept), then its writer; every value an
 * observer had received must be on the survivor, all docs converge, and the restarted victim serves them all.
 */
async function runKillCycle(
  board: CreateBoardResponse,
  victim: number,
  survivor: number,
  cycle: number,
  before: number,
): Promise<KillFigures> {
  const tag = String.fromCharCode(97 + (cycle % 26))
  const [writerV, observerV, writerS, observerS] = await Promise.all([
    connect(victim, board, 'editor'),
    connect(victim, board, 'viewer'),
    connect(survivor, board, 'editor'),
    connect(survivor, board, 'viewer'),
  ])
  const compactedAtStart = await readCompactedThrough(board)
  const writing = [startWriting(writerV.doc, `v${tag}`), startWriting(writerS.doc, `s${tag}`)]
  const hasObserved = () =>
    [observerV, observerS].every((observer) => readTexts(observer.doc).size >= before + SEEN_BEFORE_KILL)
  await waitFor(async () => hasObserved() && (await readCompactedThrough(board)) > compactedAtStart, {
    ...PROCESS_WAIT,
    message: 'observed values and a compaction during the stream',
  })
  const killedAt = performance.now()
  const restartVictim = await breakUntilRepaired(
    () => session.cluster.kill(victim),
    () => session.cluster.restart(victim),
  )
  // Whatever was in flight to the victim's observer counts as received: wait until its socket is gone too.
  await waitFor(() => observerV.closes.length > 0 && writerV.closes.length > 0, {
    ...PROCESS_WAIT,
    message: "the victim's sockets closed",
  })
  const detectedMs = performance.now() - killedAt
  const written = (await Promise.all(writing.map((writer) => writer.stop()))).reduce((a, b) => a + b, 0)
  const received = new Map([...readTexts(observerV.doc), ...readTexts(observerS.doc)])

  const movedAt = performance.now()
  const movedObserver = move(observerV, survivor, board, 'viewer')
  await waitFor(() => movedObserver.provider.synced, { ...PROCESS_WAIT, message: 'observer synced on the survivor' })
  const reconnectMs = performance.now() - movedAt
  const lost = findMissing(received, await readFresh(survivor, board))

  // What the victim's writer wrote while it died (never acknowledged) arrives with its first sync on the survivor.
  const movedWriter = move(writerV, survivor, board, 'editor')
  const total = before + written
  const docs = [movedWriter.doc, movedObserver.doc, writerS.doc, observerS.doc]
  await waitFor(() => haveConverged(docs, total), { ...PROCESS_WAIT, message: 'convergence on the survivor' })

  await restartVictim()
  const onRestarted = await readFresh(victim, board)
  expect(onRestarted.size).toBe(total)
  lost.push(...findMissing(received, onRestarted))
  for (const client of [movedWriter, movedObserver, writerS, observerS]) client.provider.disconnect()
  return { received: received.size, lost, total, detectedMs, reconnectMs }
}

describe.skipIf(!hasClusterBinaries())('two instances on one PostgreSQL and one Redis (real processes)', () => {
  it(
    `kill -9 mid-stream × ${KILL_CYCLES}: the killed instance's clients move to the other, no received value lost`,
    async () => {
      const board = await createBoardOn(session.cluster.server(A))
      const lost: string[] = []
      const figures: KillFigures[] = []
      for (let cycle = 0; cycle < KILL_CYCLES; cycle++) {
        const victim = cycle % 2 === 0 ? A : B
        const result = await runKillCycle(board, victim, 1 - victim, cycle, figures.at(-1)?.total ?? 0)
        lost.push(...result.lost)
        figures.push(result)
      }
      const max = (pick: (figure: KillFigures) => number) => Math.max(...figures.map(pick)).toFixed(0)
      console.log(
        `kill -9: ${KILL_CYCLES} cycle(s), ${figures.reduce((sum, figure) => sum + figure.received, 0)} received ` +
          `values checked, ${lost.length} lost; sockets closed at most ${max((figure) => figure.detectedMs)} ms after ` +
          `the kill, the observer synced on the other instance at most ${max((figure) => figure.reconnectMs)} ms after moving`,
      )
      expect(lost).toEqual([])
    },
    30_000 + KILL_CYCLES * 15_000,
  )
})
