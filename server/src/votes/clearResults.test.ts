import {
  addAgendaItem,
  clearVoteResults,
  closeVote,
  createVote,
  JOURNEY_CARD_TYPE,
  readAllRecords,
  readWorkshop,
  restoreVoteResults,
  shareVoteResults,
  voteResultsSchema,
  VOTER_KEY_HEADER,
  writeWorkshop,
  type WorkshopVote,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import { loadStoredBoardDoc } from '../../test/boardDocs.ts'
import { connectSyncedClient, type TestClient } from '../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { connectVoter } from '../../test/voters.ts'
import { waitFor } from '../../test/waitFor.ts'

const { start, track } = useTestServers()

type Board = Awaited<ReturnType<typeof createBoardVia>>

interface JourneyJson {
  grids: { cells: { heat: number; cards: { id: string; votes: number }[] }[] }[]
}

/** Plain HTTP, as a script that ignores the UI would send it. */
function call(server: TestServer, method: string, path: string, token: string, voterKey?: string, body?: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (voterKey) headers[VOTER_KEY_HEADER] = voterKey
  if (body !== undefined) headers['content-type'] = 'application/json'
  return fetch(`${server.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

async function firstBarrier(server: TestServer, board: Board): Promise<string> {
  const doc = await loadStoredBoardDoc(server.store, board.id)
  const barrier = Object.values(readAllRecords(doc)).find(
    (record) => record.type === JOURNEY_CARD_TYPE && (record.props as { kind: string }).kind === 'barrier',
  )
  doc.destroy()
  return barrier!.id
}

/** The dots the journey export gives a card, and the heat of its cell. */
async function exportedVotes(server: TestServer, board: Board, cardId: string) {
  const response = await call(server, 'GET', `/api/boards/${board.id}/journey.json`, board.tokens.viewer)
  const journey = (await response.json()) as JourneyJson
  const cell = journey.grids.flatMap((grid) => grid.cells).find((c) => c.cards.some((card) => card.id === cardId))!
  return { votes: cell.cards.find((card) => card.id === cardId)!.votes, heat: cell.heat }
}

/** Writes the vote on a control connection and waits until another connection has it (the server accepted it). */
async function writeVote(writer: TestClient, reader: TestClient, vote: WorkshopVote): Promise<void> {
  writeWorkshop(writer.doc, 'vote', vote)
  await waitFor(() => JSON.stringify(readWorkshop(reader.doc).vote) === JSON.stringify(vote), {
    message: 'the vote to reach the other screen',
  })
}

/**
 * A facilitator write to another key, waited for on another screen: control updates are applied in order, so a
 * participant's write sent before it and not there by then was dropped.
 */
async function writeBarrier(facilitator: TestClient, reader: TestClient, title: string): Promise<void> {
  const agenda = readWorkshop(facilitator.doc).agenda
  writeWorkshop(facilitator.doc, 'agenda', addAgendaItem(agenda, title, { id: title }))
  await waitFor(() => readWorkshop(reader.doc).agenda.items.some((item) => item.id === title), {
    message: `the barrier ${title}`,
  })
}

describe('clearing and restoring a closed vote’s results', () => {
  it(
    'only the facilitator clears, restores and shares; exports and counts follow the facilitator',
    { timeout: 30_000 },
    async () => {
      const server = await start()
      const board = await createBoardVia(server.cxmap, 'Итоги', {
        template: 'base-cjm',
        withExample: true,
        locale: 'ru',
      })
      const cardId = await firstBarrier(server, board)
      const join = async (role: 'facilitator' | 'editor') =>
        track(await connectSyncedClient(server.syncUrl, board.id, board.tokens[role], 'control'))
      const facilitator = await join('facilitator')
      const editor = await join('editor')

      const open = createVote({ votesPerPerson: 2, kinds: ['barrier'], anonymous: true, hideResults: true }, 'v1', 1)
      await writeVote(facilitator, editor, open)
      const base = `/api/boards/${board.id}/votes/${open.id}`
      const { key, client: page } = await connectVoter(server, board.id, board.tokens.editor)
      track(page)
      for (let i = 0; i < 2; i += 1) {
        expect((await call(server, 'POST', `${base}/ballots`, board.tokens.editor, key, { cardId })).status).toBe(201)
      }
      const final = voteResultsSchema.parse(
        await (await call(server, 'POST', `${base}/close`, board.tokens.facilitator)).json(),
      )
      const closed = closeVote(open, final, 2)
      await writeVote(facilitator, editor, closed)
      const counted = await exportedVotes(server, board, cardId)
      expect(counted.votes).toBe(2)

      // A participant scripting their page can neither clear nor restore: the server drops their control-doc writes.
      writeWorkshop(editor.doc, 'vote', clearVoteResults(closed, 3))
      await writeBarrier(facilitator, editor, 'after the clear')
      expect(readWorkshop((await join('editor')).doc).vote).toEqual(closed)
      expect(await exportedVotes(server, board, cardId)).toEqual(counted)

      // The facilitator shares, then clears: the export and participants' results lose the dots, not the facilitator.
      const cleared = clearVoteResults(shareVoteResults(closed, true, 4), 5)
      expect(cleared.sharedAt).toBeNull()
      const watcher = await join('editor')
      await writeVote(facilitator, watcher, cleared)
      expect(await exportedVotes(server, board, cardId)).toEqual({ votes: 0, heat: counted.heat - 2 })
      expect((await call(server, 'GET', `${base}/results`, board.tokens.editor)).status).toBe(403)
      expect((await call(server, 'GET', `${base}/results`, board.tokens.facilitator)).status).toBe(200)

      writeWorkshop(watcher.doc, 'vote', restoreVoteResults(cleared))
      await writeBarrier(facilitator, editor, 'after the restore')
      expect(readWorkshop((await join('editor')).doc).vote).toEqual(cleared)
      expect((await exportedVotes(server, board, cardId)).votes).toBe(0)

      // The facilitator restores: the same counts are back everywhere.
      // (A reader that never wrote: a scripting participant's own doc may keep its own value, Yjs ordering by client id.)
      await writeVote(facilitator, await join('editor'), restoreVoteResults(cleared))
      expect(await exportedVotes(server, board, cardId)).toEqual(counted)
      const shown = await call(server, 'GET', `${base}/results`, board.tokens.editor)
      expect(voteResultsSchema.parse(await shown.json()).counts).toEqual({ [cardId]: 2 })
    },
  )
})
