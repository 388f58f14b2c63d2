import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import {
  createVote,
  JOURNEY_CARD_TYPE,
  readAllRecords,
  SYNC_PATH,
  VOTER_KEY_HEADER,
  voteResultsSchema,
  writeWorkshop,
  type CreateBoardResponse,
} from '@cxmap/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createLogCapture } from '../../test/logCapture.ts'
import { hasPostgres, startPostgres, type PostgresServer } from '../../test/postgresServer.ts'
import { createBoardVia, createTempDir, createTestConfig } from '../../test/testServer.ts'
import { connectVoter, createVoterKey } from '../../test/voters.ts'
import { waitFor } from '../../test/waitFor.ts'
import { createApp, type CxMapApp } from '../app.ts'
import { createTestBoardRecord } from '../storage/contract.ts'
import { openPostgresStore } from '../storage/postgres.ts'
import type { BoardStore } from '../storage/types.ts'
import { BallotBox } from './BallotBox.ts'

// Two instances of the server, each with its own pool, on one PostgreSQL database (no Redis: ballots need none).
let postgres: PostgresServer
let connectionString: string
const cleanups: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  if (!hasPostgres()) return
  postgres = await startPostgres()
  connectionString = await postgres.createDatabase('cxmap_ballots')
}, 60_000)
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(async () => {
  await postgres?.stop()
})

async function openStores(): Promise<BoardStore[]> {
  const stores = await Promise.all([0, 1].map(() => openPostgresStore({ connectionString })))
  cleanups.push(() => Promise.all(stores.map((store) => store.close())))
  return stores
}

describe.skipIf(!hasPostgres())('ballot boxes of two instances on one PostgreSQL', () => {
  let boxes: BallotBox[] = []
  let boardId: string

  beforeEach(async () => {
    const stores = await openStores()
    const { logger } = createLogCapture()
    boxes = stores.map((store) => new BallotBox({ store, logger, compactEveryUpdates: 5 }))
    const board = createTestBoardRecord()
    await stores[0]!.createBoard(board)
    boardId = board.id
  })

  const cast = (box: BallotBox, voterId: string, cardId: string) =>
    box.cast(boardId, { voteId: 'v1', voterId, cardId, votesPerPerson: 2 })

  it('holds each voter’s limit with ballots fired at both instances at once', async () => {
    const voters = ['a', 'b', 'c', 'd'].map((c) => c.repeat(64))
    // Both instances load the board first, so each holds a copy that the other makes stale.
    await Promise.all(boxes.map((box) => box.read(boardId, 'v1', voters[0]!, 2)))
    const outcomes = await Promise.all(
      voters.flatMap((voter) =>
        [0, 1, 2, 3, 4, 5].map((i) => cast(boxes[i % 2]!, voter, `shape:${voter[0]}${i}`).then((o) => ({ voter, o }))),
      ),
    )
    for (const voter of voters) {
      expect(outcomes.filter((x) => x.voter === voter && x.o.ok)).toHaveLength(2)
      for (const box of boxes) expect((await box.read(boardId, 'v1', voter, 2)).remaining).toBe(0)
    }
    const tallies = await Promise.all(boxes.map((box) => box.tally(boardId, 'v1', true)))
    expect(tallies[0]!.voters).toBe(4)
    expect(Object.values(tallies[0]!.counts).reduce((sum, n) => sum + n, 0)).toBe(8)
    expect(tallies[1]).toEqual(tallies[0])
  })

  it('gives a vote closed on one instance the same results on the other, which accepts no more ballots', async () => {
    await cast(boxes[0]!, 'a'.repeat(64), 'shape:x')
    await cast(boxes[1]!, 'b'.repeat(64), 'shape:x')
    await cast(boxes[1]!, 'b'.repeat(64), 'shape:y')
    const closed = await boxes[0]!.close(boardId, 'v1', true)
    expect(closed).toEqual({ counts: { 'shape:x': 2, 'shape:y': 1 }, voters: 2 })
    expect(await boxes[1]!.tally(boardId, 'v1', true)).toEqual(closed)
    expect(await cast(boxes[1]!, 'c'.repeat(64), 'shape:x')).toEqual({ ok: false, reason: 'closed' })
    const takeBack = { voteId: 'v1', voterId: 'b'.repeat(64), cardId: 'shape:x', votesPerPerson: 2 }
    expect(await boxes[1]!.takeBack(boardId, takeBack)).toEqual({ ok: false, reason: 'closed' })
    expect(await boxes[0]!.tally(boardId, 'v1', true)).toEqual(closed)
  })
})

interface Instance {
  cxmap: CxMapApp
  httpUrl: string
  syncUrl: string
}

async function startInstance(store: BoardStore): Promise<Instance> {
  const dir = await createTempDir()
  const cxmap = createApp({ config: createTestConfig(dir.path), store, logger: createLogCapture().logger })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      { fetch: cxmap.app.fetch, port: 0, hostname: '127.0.0.1', websocket: { server: cxmap.websocketServer } },
      () => resolve(started),
    )
  })
  cleanups.push(async () => {
    await cxmap.close()
    await new Promise((resolve) => server.close(resolve))
    await dir.remove()
  })
  const port = (server.address() as AddressInfo).port
  return { cxmap, httpUrl: `http://127.0.0.1:${port}`, syncUrl: `ws://127.0.0.1:${port}${SYNC_PATH}` }
}

describe.skipIf(!hasPostgres())('dot voting over HTTP on two instances sharing PostgreSQL', () => {
  it('holds the limit for voters whose pages and ballots hit both instances, and both show the closed results', async () => {
    const stores = await openStores()
    const [a, b] = [await startInstance(stores[0]!), await startInstance(stores[1]!)]
    const clients: TestClient[] = []
    cleanups.push(async () => clients.forEach((client) => client.destroy()))
    const board: CreateBoardResponse = await createBoardVia(a.cxmap, 'Vote', {
      template: 'base-cjm',
      withExample: true,
    })
    const doc = await loadStoredBoardDoc(stores[0]!, board.id)
    const cards = Object.values(readAllRecords(doc))
      .filter((r) => r.type === JOURNEY_CARD_TYPE && (r.props as { kind: string }).kind === 'barrier')
      .map((r) => r.id)
    expect(cards.length).toBeGreaterThanOrEqual(3)
    // The facilitator opens the vote on A; B reads it from the stored control doc.
    const control = await connectSyncedClient(a.syncUrl, board.id, board.tokens.facilitator, 'control')
    clients.push(control)
    const vote = createVote({ votesPerPerson: 2, kinds: ['barrier'], anonymous: true, hideResults: false }, 'v1', 1)
    writeWorkshop(control.doc, 'vote', vote)
    const call = (instance: Instance, method: string, path: string, token: string, key?: string, body?: unknown) =>
      fetch(`${instance.httpUrl}/api/boards/${board.id}/votes/${vote.id}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(key ? { [VOTER_KEY_HEADER]: key } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      })
    await waitFor(async () => (await call(b, 'GET', '/results', board.tokens.facilitator)).status === 200, {
      message: 'the vote stored, as B reads it',
    })
    const voters: string[] = []
    for (let i = 0; i < 3; i++) {
      const key = createVoterKey()
      for (const instance of [a, b])
        clients.push((await connectVoter(instance, board.id, board.tokens.editor, key)).client)
      voters.push(key)
    }
    const fired = voters.flatMap((key) =>
      [0, 1, 2, 3, 4, 5].map((i) =>
        call(i % 2 ? b : a, 'POST', '/ballots', board.tokens.editor, key, { cardId: cards[i % 3] }).then((r) => ({
          key,
          status: r.status,
        })),
      ),
    )
    const responses = await Promise.all(fired)
    for (const key of voters) {
      const statuses = responses.filter((r) => r.key === key).map((r) => r.status)
      expect(statuses.sort()).toEqual([201, 201, 409, 409, 409, 409])
    }
    const closed = voteResultsSchema.parse(await (await call(a, 'POST', '/close', board.tokens.facilitator)).json())
    expect(closed.voters).toBe(3)
    expect(Object.values(closed.counts).reduce((sum, n) => sum + n, 0)).toBe(6)
    const onB = voteResultsSchema.parse(await (await call(b, 'GET', '/results', board.tokens.facilitator)).json())
    expect(onB).toEqual(closed)
  }, 60_000)
})
