import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { hasPostgres, startPostgres, type PostgresServer } from '../../test/postgresServer.ts'
import { createTestBoardRecord } from '../storage/contract.ts'
import { openPostgresStore } from '../storage/postgres.ts'
import type { BoardStore } from '../storage/types.ts'
import { BallotBox } from './BallotBox.ts'

// Two instances of the server, each with its own pool and ballot box, on one PostgreSQL database.
describe.skipIf(!hasPostgres())('ballot boxes of two instances on one PostgreSQL', () => {
  let server: PostgresServer
  let stores: BoardStore[] = []
  let boxes: BallotBox[] = []
  let boardId: string

  beforeAll(async () => {
    server = await startPostgres()
    const connectionString = await server.createDatabase('cxmap_ballots')
    stores = await Promise.all([0, 1].map(() => openPostgresStore({ connectionString })))
    const { logger } = createLogCapture()
    boxes = stores.map((store) => new BallotBox({ store, logger, compactEveryUpdates: 5 }))
  }, 60_000)
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()))
    await server?.stop()
  })
  beforeEach(async () => {
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
      const accepted = outcomes.filter((x) => x.voter === voter && x.o.ok)
      expect(accepted).toHaveLength(2)
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
    expect(
      await boxes[1]!.takeBack(boardId, {
        voteId: 'v1',
        voterId: 'b'.repeat(64),
        cardId: 'shape:x',
        votesPerPerson: 2,
      }),
    ).toEqual({ ok: false, reason: 'closed' })
    expect(await boxes[0]!.tally(boardId, 'v1', true)).toEqual(closed)
  })
})
