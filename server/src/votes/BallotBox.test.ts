import { describe, expect, it } from 'vitest'
import { createLogCapture } from '../../test/logCapture.ts'
import { createMemoryStore } from '../../test/memoryStore.ts'
import { createTestBoardRecord } from '../storage/contract.ts'
import type { BoardStore } from '../storage/types.ts'
import { BallotBox, type BallotBoxOptions } from './BallotBox.ts'

const VOTER_A = 'a'.repeat(64)
const VOTER_B = 'b'.repeat(64)

async function setUp(options: Partial<BallotBoxOptions> = {}, wrap: (store: BoardStore) => BoardStore = (s) => s) {
  const store = wrap(createMemoryStore())
  const board = createTestBoardRecord()
  await store.createBoard(board)
  const { logger } = createLogCapture()
  const box = new BallotBox({ store, logger, ...options })
  const cast = (cardId: string, voterId = VOTER_A, votesPerPerson = 2, voterName?: string) =>
    box.cast(board.id, { voteId: 'v1', voterId, cardId, votesPerPerson, voterName })
  const takeBack = (cardId: string, voterId = VOTER_A) =>
    box.takeBack(board.id, { voteId: 'v1', voterId, cardId, votesPerPerson: 2 })
  return { store, board, logger, box, cast, takeBack }
}

describe('BallotBox', () => {
  it('accepts dots up to the limit, several on one card, and refuses the next', async () => {
    const { cast } = await setUp()
    expect(await cast('shape:x')).toEqual({
      ok: true,
      ballots: { mine: [{ cardId: 'shape:x', count: 1 }], remaining: 1 },
    })
    expect(await cast('shape:x')).toEqual({
      ok: true,
      ballots: { mine: [{ cardId: 'shape:x', count: 2 }], remaining: 0 },
    })
    expect(await cast('shape:y')).toEqual({ ok: false, reason: 'no_votes_left', used: 2, limit: 2 })
    // Another voter has their own dots.
    expect(await cast('shape:y', VOTER_B)).toMatchObject({ ok: true, ballots: { remaining: 1 } })
  })

  it('takes back one dot at a time, and refuses a card without the voter’s dot', async () => {
    const { cast, takeBack, box, board } = await setUp()
    await cast('shape:x')
    await cast('shape:x')
    expect(await takeBack('shape:x')).toEqual({
      ok: true,
      ballots: { mine: [{ cardId: 'shape:x', count: 1 }], remaining: 1 },
    })
    expect(await takeBack('shape:y')).toEqual({ ok: false, reason: 'no_vote_on_card' })
    expect(await takeBack('shape:x', VOTER_B)).toEqual({ ok: false, reason: 'no_vote_on_card' })
    await cast('shape:y')
    expect(await box.read(board.id, 'v1', VOTER_A, 2)).toEqual({
      mine: [
        { cardId: 'shape:x', count: 1 },
        { cardId: 'shape:y', count: 1 },
      ],
      remaining: 0,
    })
  })

  it('holds the limit when one voter fires five ballots at once (limit 2): exactly two are accepted', async () => {
    const { cast, box, board } = await setUp()
    const outcomes = await Promise.all(['c1', 'c2', 'c3', 'c4', 'c5'].map((card) => cast(`shape:${card}`)))
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(2)
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'no_votes_left')).toHaveLength(3)
    expect((await box.read(board.id, 'v1', VOTER_A, 2)).remaining).toBe(0)
    expect((await box.tally(board.id, 'v1', true)).voters).toBe(1)
  })

  it('seals a closed vote: no more ballots, no taking back, the counts stay', async () => {
    const { cast, takeBack, box, board } = await setUp()
    await cast('shape:x', VOTER_A, 2, 'Анна')
    await cast('shape:x', VOTER_B, 2, 'Борис')
    await cast('shape:y', VOTER_B, 2, 'Борис')
    const results = await box.close(board.id, 'v1', false)
    expect(results).toEqual({
      counts: { 'shape:x': 2, 'shape:y': 1 },
      voters: 2,
      names: { 'shape:x': ['Анна', 'Борис'], 'shape:y': ['Борис'] },
    })
    expect(await cast('shape:z')).toEqual({ ok: false, reason: 'closed' })
    expect(await takeBack('shape:x')).toEqual({ ok: false, reason: 'closed' })
    expect(await box.tally(board.id, 'v1', true)).toEqual({ counts: results.counts, voters: 2 })
  })

  it('keeps every ballot across a reload from storage, compacted or not', async () => {
    const { store, board, logger, cast, box } = await setUp({ compactEveryUpdates: 2 })
    await cast('shape:x')
    await cast('shape:y')
    await cast('shape:x', VOTER_B)
    await box.close(board.id, 'v1', true)
    expect((await store.loadDoc(board.id, 'ballots')).updates.length).toBeLessThan(4)
    const reloaded = new BallotBox({ store, logger })
    expect(await reloaded.read(board.id, 'v1', VOTER_A, 2)).toEqual({
      mine: [
        { cardId: 'shape:x', count: 1 },
        { cardId: 'shape:y', count: 1 },
      ],
      remaining: 0,
    })
    expect(await reloaded.tally(board.id, 'v1', true)).toEqual({ counts: { 'shape:x': 2, 'shape:y': 1 }, voters: 2 })
    expect(await reloaded.cast(board.id, { voteId: 'v1', voterId: VOTER_B, cardId: 'c', votesPerPerson: 2 })).toEqual({
      ok: false,
      reason: 'closed',
    })
  })

  it('never reports a dot as counted that storage did not keep', async () => {
    let failNext = false
    const { cast, box, board } = await setUp({}, (store) => ({
      ...store,
      async appendUpdate(boardId, kind, update) {
        if (failNext) {
          failNext = false
          throw new Error('disk full')
        }
        return store.appendUpdate(boardId, kind, update)
      },
    }))
    await cast('shape:x')
    failNext = true
    await expect(cast('shape:y')).rejects.toThrow('disk full')
    expect(await box.read(board.id, 'v1', VOTER_A, 2)).toEqual({
      mine: [{ cardId: 'shape:x', count: 1 }],
      remaining: 1,
    })
  })

  it('drops the ballots of an earlier vote when a new one receives its first dot', async () => {
    const { cast, box, board } = await setUp()
    await cast('shape:x')
    await box.cast(board.id, { voteId: 'v2', voterId: VOTER_A, cardId: 'shape:y', votesPerPerson: 2 })
    expect(await box.tally(board.id, 'v1', true)).toEqual({ counts: {}, voters: 0 })
    expect(await box.tally(board.id, 'v2', true)).toEqual({ counts: { 'shape:y': 1 }, voters: 1 })
  })
})
