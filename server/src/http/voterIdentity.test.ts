import {
  apiErrorSchema,
  createVote,
  JOURNEY_CARD_TYPE,
  myBallotsSchema,
  PresenceStateField,
  readAllRecords,
  readWorkshop,
  voteResultsSchema,
  VOTER_KEY_HEADER,
  writeWorkshop,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectSyncedClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { connectVoter, createVoterKey } from '../../test/voters.ts'
import { waitFor } from '../../test/waitFor.ts'

const { start, track } = useTestServers()

type Board = Awaited<ReturnType<typeof createBoardVia>>

/** A board with an open vote (2 dots per person, every kind of card) and its cards' ids. */
async function openVoteOnBoard(server: TestServer): Promise<{ board: Board; base: string; cardIds: string[] }> {
  const board = await createBoardVia(server.cxmap, 'Probe', { template: 'base-cjm', withExample: true, locale: 'en' })
  const doc = await loadStoredBoardDoc(server.store, board.id)
  const cardIds = Object.values(readAllRecords(doc))
    .filter((record) => record.type === JOURNEY_CARD_TYPE)
    .map((record) => record.id)
  doc.destroy()
  const control = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.facilitator, 'control'))
  const vote = createVote({ votesPerPerson: 2, kinds: [], anonymous: true, hideResults: false }, 'probe', 1)
  writeWorkshop(control.doc, 'vote', vote)
  const watcher = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer, 'control'))
  await waitFor(() => readWorkshop(watcher.doc).vote?.id === vote.id, { message: 'the vote opened' })
  return { board, base: `/api/boards/${board.id}/votes/${vote.id}`, cardIds }
}

/** One dot by a script: plain HTTP with whatever voter key it chose. */
function castDot(server: TestServer, base: string, token: string, key: string, cardId: string): Promise<Response> {
  return fetch(`${server.httpUrl}${base}/ballots`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', [VOTER_KEY_HEADER]: key },
    body: JSON.stringify({ cardId }),
  })
}

async function countDots(server: TestServer, board: Board, base: string): Promise<number> {
  const response = await fetch(`${server.httpUrl}${base}/results`, {
    headers: { authorization: `Bearer ${board.tokens.facilitator}` },
  })
  const results = voteResultsSchema.parse(await response.json())
  return Object.values(results.counts).reduce((sum, count) => sum + count, 0)
}

describe('voters are the browsers connected to the board', () => {
  it('the 50-dots probe: one editor link, a fresh key per request, gets 0 dots without a page and 2 with one', async () => {
    const server = await start()
    const { board, base, cardIds } = await openVoteOnBoard(server)
    const token = board.tokens.editor
    const card = (i: number) => cardIds[i % cardIds.length]!

    // No open page: no key counts.
    const blind = await Promise.all(
      Array.from({ length: 50 }, (_, i) => castDot(server, base, token, createVoterKey(), card(i))),
    )
    expect(new Set(blind.map((response) => response.status))).toEqual(new Set([403]))
    const refusal = apiErrorSchema.parse(await blind[0]!.json())
    expect(refusal.error.code).toBe('voter_not_connected')
    expect(await countDots(server, board, base)).toBe(0)

    // One open page that claims a new key before every request: only its first claim is its voter, whose limit holds.
    const page = track(await connectSyncedClient(server.syncUrl, board.id, token))
    const keys = Array.from({ length: 50 }, () => createVoterKey())
    const statuses: number[] = []
    for (const [i, key] of keys.entries()) {
      page.provider.awareness.setLocalStateField(PresenceStateField.voterKey, key)
      // The claim travels on the socket, the dot over HTTP: wait for the first one to land, never for the others.
      if (i === 0) await waitFor(() => server.cxmap.rooms.hasConnectedVoter(board.id, key))
      statuses.push((await castDot(server, base, token, key, card(i))).status)
    }
    expect(statuses[0]).toBe(201)
    expect(new Set(statuses.slice(1))).toEqual(new Set([403]))
    expect(server.cxmap.rooms.hasConnectedVoter(board.id, keys[49]!)).toBe(false)
    const more = [
      await castDot(server, base, token, keys[0]!, card(1)),
      await castDot(server, base, token, keys[0]!, card(2)),
    ]
    expect(more.map((response) => response.status)).toEqual([201, 409])
    expect(await countDots(server, board, base)).toBe(2)
  })

  it('gives N connected pages N × the limit; a closed page’s key stops counting, its dots stay, a reload keeps them', async () => {
    const server = await start()
    const { board, base, cardIds } = await openVoteOnBoard(server)
    const token = board.tokens.editor
    const pages = await Promise.all([0, 1, 2].map(() => connectVoter(server, board.id, token)))
    for (const page of pages) track(page.client)
    for (const page of pages) {
      const statuses = []
      for (let i = 0; i < 3; i += 1) statuses.push((await castDot(server, base, token, page.key, cardIds[i]!)).status)
      expect(statuses).toEqual([201, 201, 409])
    }
    expect(await countDots(server, board, base)).toBe(6)

    const [left] = pages
    left!.client.destroy()
    await waitFor(() => !server.cxmap.rooms.hasConnectedVoter(board.id, left!.key), { message: 'the page closed' })
    const late = await fetch(`${server.httpUrl}${base}/ballots/${encodeURIComponent(cardIds[0]!)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, [VOTER_KEY_HEADER]: left!.key },
    })
    expect(late.status).toBe(403)
    expect(await countDots(server, board, base)).toBe(6)

    // The same browser reloads: its key, claimed by its new page, has its two dots and no more.
    const reloaded = track((await connectVoter(server, board.id, token, left!.key)).client)
    expect(reloaded.provider.wsconnected).toBe(true)
    const mine = await fetch(`${server.httpUrl}${base}/ballots`, {
      headers: { authorization: `Bearer ${token}`, [VOTER_KEY_HEADER]: left!.key },
    })
    expect(myBallotsSchema.parse(await mine.json()).remaining).toBe(0)
    expect((await castDot(server, base, token, left!.key, cardIds[3]!)).status).toBe(409)
  })

  it('a viewer’s page claims no voter, even for an editor link’s requests; others never see a claimed key', async () => {
    const server = await start()
    const { board, base, cardIds } = await openVoteOnBoard(server)
    const key = createVoterKey()
    const viewerPage = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
    viewerPage.provider.awareness.setLocalStateField(PresenceStateField.voterKey, key)
    viewerPage.provider.awareness.setLocalStateField('marker', 'viewer')
    const observer = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    const viewerId = viewerPage.doc.clientID
    await waitFor(() => observer.provider.awareness.getStates().get(viewerId)?.marker === 'viewer')
    expect(server.cxmap.rooms.hasConnectedVoter(board.id, key)).toBe(false)
    expect((await castDot(server, base, board.tokens.editor, key, cardIds[0]!)).status).toBe(403)

    const voter = await connectVoter(server, board.id, board.tokens.editor)
    track(voter.client)
    await waitFor(() => observer.provider.awareness.getStates().has(voter.client.doc.clientID))
    for (const state of observer.provider.awareness.getStates().values()) {
      expect(state).not.toHaveProperty(PresenceStateField.voterKey)
    }
  })
})
