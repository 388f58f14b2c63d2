import {
  apiErrorSchema,
  closeVote,
  createVote,
  JOURNEY_CARD_TYPE,
  myBallotsSchema,
  readAllRecords,
  readWorkshop,
  voteResultsSchema,
  VOTER_KEY_HEADER,
  writeWorkshop,
  type CreateBoardResponse,
  type VoteSettings,
  type WorkshopVote,
} from '@cxmap/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, createTempDir, startTestServer, type TestServer } from '../../test/testServer.ts'
import { connectVoter, createVoterKey } from '../../test/voters.ts'
import { waitFor } from '../../test/waitFor.ts'

let dir: Awaited<ReturnType<typeof createTempDir>>
let server: TestServer
let clients: TestClient[] = []

beforeEach(async () => {
  dir = await createTempDir()
  server = await startTestServer({ dataDir: dir.path })
  clients = []
})

afterEach(async () => {
  for (const client of clients) client.destroy()
  await server.stop()
  await dir.remove()
})

/** The voter key of a page open on the board with `token` (closed after the test). */
async function openVoterPage(board: CreateBoardResponse, token: string): Promise<string> {
  const voter = await connectVoter(server, board.id, token)
  clients.push(voter.client)
  return voter.key
}

/** A board with the example cards, and the ids of its cards by kind. */
async function createBoardWithCards(): Promise<{ board: CreateBoardResponse; cards: Record<string, string[]> }> {
  const board = await createBoardVia(server.cxmap, 'Vote', { template: 'base-cjm', withExample: true, locale: 'ru' })
  const doc = await loadStoredBoardDoc(server.store, board.id)
  const cards: Record<string, string[]> = {}
  for (const record of Object.values(readAllRecords(doc))) {
    if (record.type !== JOURNEY_CARD_TYPE) continue
    const kind = (record.props as { kind: string }).kind
    ;(cards[kind] ??= []).push(record.id)
  }
  doc.destroy()
  return { board, cards }
}

/** The facilitator's control doc connection, as the browser holds it: writing the vote goes through the socket. */
async function openVote(board: CreateBoardResponse, settings: Partial<VoteSettings> = {}): Promise<ControlWriter> {
  const control = await connectSyncedClient(server.syncUrl, board.id, board.tokens.facilitator, 'control')
  clients.push(control)
  const vote = createVote(
    { votesPerPerson: 2, kinds: ['barrier'], anonymous: false, hideResults: true, ...settings },
    `vote-${Math.random().toString(36).slice(2)}`,
    Date.now(),
  )
  const writer: ControlWriter = {
    vote,
    async write(next) {
      writer.vote = next
      writeWorkshop(control.doc, 'vote', next)
      await waitFor(async () => JSON.stringify(await serverVote(board)) === JSON.stringify(next), {
        message: 'the server to have the vote',
      })
    },
  }
  await writer.write(vote)
  return writer
}

interface ControlWriter {
  vote: WorkshopVote
  write(next: WorkshopVote): Promise<void>
}

async function serverVote(board: CreateBoardResponse): Promise<WorkshopVote | null> {
  const state = await server.cxmap.rooms.readLoadedDoc(board.id, 'control')
  if (!state) return null
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return readWorkshop(doc).vote
}

/** Plain HTTP, as a script that ignores the UI would send it. */
function call(method: string, path: string, token: string, voterKey?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (voterKey) headers[VOTER_KEY_HEADER] = voterKey
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${server.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error
}

describe('dot voting over HTTP', () => {
  it('holds the limit against a client that ignores the UI: 5 ballots fired at once, limit 2, 2 accepted', async () => {
    const { board, cards } = await createBoardWithCards()
    const { vote } = await openVote(board)
    const barriers = cards.barrier!
    expect(barriers.length).toBeGreaterThanOrEqual(3)
    const key = await openVoterPage(board, board.tokens.editor)
    const ballots = `/api/boards/${board.id}/votes/${vote.id}/ballots`
    const responses = await Promise.all(
      [0, 1, 2, 0, 1].map((i) => call('POST', ballots, board.tokens.editor, key, { cardId: barriers[i] })),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([201, 201, 409, 409, 409])
    const refused = responses.find((response) => response.status === 409)!
    expect(await errorOf(refused)).toEqual({ code: 'conflict', message: 'No votes left (2 of 2 used)' })

    const mine = myBallotsSchema.parse(await (await call('GET', ballots, board.tokens.editor, key)).json())
    expect(mine.remaining).toBe(0)
    expect(mine.mine.reduce((sum, entry) => sum + entry.count, 0)).toBe(2)

    // Taking one back frees exactly one dot, which may go on any votable card, even one already holding a dot.
    const taken = mine.mine[0]!.cardId
    const back = await call('DELETE', `${ballots}/${encodeURIComponent(taken)}`, board.tokens.editor, key)
    expect(back.status).toBe(200)
    expect(myBallotsSchema.parse(await back.json()).remaining).toBe(1)
    const again = await call('POST', ballots, board.tokens.editor, key, { cardId: mine.mine[1]?.cardId ?? taken })
    expect(again.status).toBe(201)
    expect((await call('POST', ballots, board.tokens.editor, key, { cardId: barriers[2] })).status).toBe(409)
    const missing = await call('DELETE', `${ballots}/${encodeURIComponent(barriers[2]!)}`, board.tokens.editor, key)
    expect(missing.status).toBe(404)

    // Another open page is another person with their own dots.
    const otherKey = await openVoterPage(board, board.tokens.editor)
    const other = await call('POST', ballots, board.tokens.editor, otherKey, { cardId: barriers[2] })
    expect(other.status).toBe(201)
    const results = voteResultsSchema.parse(
      await (await call('GET', `/api/boards/${board.id}/votes/${vote.id}/results`, board.tokens.facilitator)).json(),
    )
    expect(Object.values(results.counts).reduce((sum, count) => sum + count, 0)).toBe(3)
    expect(results.voters).toBe(2)
  })

  it('refuses viewers, requests without a voter key or with one no open page holds, unknown votes, and cards that are not votable', async () => {
    const { board, cards } = await createBoardWithCards()
    const { vote } = await openVote(board)
    const ballots = `/api/boards/${board.id}/votes/${vote.id}/ballots`
    const key = await openVoterPage(board, board.tokens.editor)
    const viewer = await call('POST', ballots, board.tokens.viewer, key, { cardId: cards.barrier![0] })
    expect(viewer.status).toBe(403)
    expect((await errorOf(viewer)).message).toBe('Viewers cannot vote')
    expect((await call('POST', ballots, board.tokens.editor, undefined, { cardId: cards.barrier![0] })).status).toBe(
      400,
    )
    expect((await call('POST', ballots, board.tokens.editor, 'not-hex', { cardId: cards.barrier![0] })).status).toBe(
      400,
    )
    const unclaimed = await call('POST', ballots, board.tokens.editor, createVoterKey(), { cardId: cards.barrier![0] })
    expect(unclaimed.status).toBe(403)
    expect((await errorOf(unclaimed)).code).toBe('voter_not_connected')
    const unknownVote = `/api/boards/${board.id}/votes/nope/ballots`
    expect((await call('POST', unknownVote, board.tokens.editor, key, { cardId: cards.barrier![0] })).status).toBe(404)
    const noCard = await call('POST', ballots, board.tokens.editor, key, { cardId: 'shape:nothing' })
    expect(noCard.status).toBe(400)
    expect((await errorOf(noCard)).message).toBe('No such card on the board')
    const wrongKind = await call('POST', ballots, board.tokens.editor, key, {
      cardId: cards.idea?.[0] ?? cards.goal![0],
    })
    expect(wrongKind.status).toBe(400)
    expect((await errorOf(wrongKind)).message).toBe('This card cannot be voted on in this vote')
    expect((await call('POST', ballots, board.tokens.editor, key, {})).status).toBe(400)
    expect((await call('POST', ballots, 'bad-token', key, { cardId: cards.barrier![0] })).status).toBe(403)
    // Nothing was counted.
    const results = await call('GET', `/api/boards/${board.id}/votes/${vote.id}/results`, board.tokens.facilitator)
    expect(await results.json()).toEqual({ counts: {}, voters: 0, names: {} })
  })

  it('hides the results from participants until the close, which seals the ballot box', async () => {
    const { board, cards } = await createBoardWithCards()
    const control = await openVote(board, { anonymous: false })
    const { vote } = control
    const base = `/api/boards/${board.id}/votes/${vote.id}`
    const [first, second] = cards.barrier!
    const key = await openVoterPage(board, board.tokens.editor)
    const facilitatorKey = await openVoterPage(board, board.tokens.facilitator)
    expect(
      (await call('POST', `${base}/ballots`, board.tokens.editor, key, { cardId: first, voterName: 'Анна' })).status,
    ).toBe(201)
    expect(
      (await call('POST', `${base}/ballots`, board.tokens.facilitator, facilitatorKey, { cardId: first })).status,
    ).toBe(201)

    const hidden = await call('GET', `${base}/results`, board.tokens.editor)
    expect(hidden.status).toBe(403)
    expect(await errorOf(hidden)).toMatchObject({ code: 'forbidden' })
    expect((await call('GET', `${base}/results`, board.tokens.viewer)).status).toBe(403)
    const live = await call('GET', `${base}/results`, board.tokens.facilitator)
    expect(await live.json()).toEqual({ counts: { [first!]: 2 }, voters: 2, names: { [first!]: ['Анна'] } })

    expect((await call('POST', `${base}/close`, board.tokens.editor)).status).toBe(403)
    const closing = await call('POST', `${base}/close`, board.tokens.facilitator)
    const results = voteResultsSchema.parse(await closing.json())
    expect(results.counts).toEqual({ [first!]: 2 })
    // Sealed on the server before the facilitator's client writes the close into the control doc.
    const late = await call('POST', `${base}/ballots`, board.tokens.editor, key, { cardId: second })
    expect(late.status).toBe(409)
    expect(await errorOf(late)).toEqual({ code: 'conflict', message: 'The vote is closed' })

    await control.write(closeVote(vote, results, Date.now()))
    const shown = await call('GET', `${base}/results`, board.tokens.editor)
    expect(shown.status).toBe(200)
    expect(voteResultsSchema.parse(await shown.json()).counts).toEqual({ [first!]: 2 })
    expect((await call('GET', `${base}/results`, board.tokens.viewer)).status).toBe(200)
    const closed = await call('DELETE', `${base}/ballots/${encodeURIComponent(first!)}`, board.tokens.editor, key)
    expect(closed.status).toBe(409)

    // The closed vote's dots are in the journey export: on the card and in its cell's heat.
    const journey = (await (await call('GET', `/api/boards/${board.id}/journey.json`, board.tokens.viewer)).json()) as {
      grids: { cells: { heat: number; cards: { id: string; kind: string; severity?: number; votes: number }[] }[] }[]
    }
    const cell = journey.grids[0]!.cells.find((c) => c.cards.some((card) => card.id === first))!
    expect(cell.cards.find((card) => card.id === first)!.votes).toBe(2)
    const severities = cell.cards.reduce((sum, card) => sum + (card.kind === 'barrier' ? (card.severity ?? 0) : 0), 0)
    expect(cell.heat).toBe(severities + 2)
  })

  it('lets participants see live counts when the results are not hidden; anonymous votes name nobody', async () => {
    const { board, cards } = await createBoardWithCards()
    const { vote } = await openVote(board, { hideResults: false, anonymous: true, kinds: [] })
    const base = `/api/boards/${board.id}/votes/${vote.id}`
    const card = cards.idea?.[0] ?? cards.goal![0]!
    const cast = await call(
      'POST',
      `${base}/ballots`,
      board.tokens.editor,
      await openVoterPage(board, board.tokens.editor),
      {
        cardId: card,
        voterName: 'Анна',
      },
    )
    expect(cast.status).toBe(201)
    const results = await call('GET', `${base}/results`, board.tokens.viewer)
    expect(await results.json()).toEqual({ counts: { [card]: 1 }, voters: 1 })
  })
})
