import { randomBytes } from 'node:crypto'
import { PresenceStateField, VOTER_KEY_HEADER, createVote, writeWorkshop, type Role } from '@cxmap/shared'
import { connectSyncedClient, openRawClient, type TestClient } from './clients.ts'
import { authHeaders, connectObserver, type MatrixBoard } from './authFixture.ts'
import { encodeAwarenessEntry } from './fuzz/frames.ts'
import type { TestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** Opens a dot vote (2 dots per person) through the facilitator's control connection; resolves with its id. */
export async function openVote(
  server: TestServer,
  board: MatrixBoard,
  track: (c: TestClient) => void,
): Promise<string> {
  const control = await connectObserver(server, board, 'control')
  track(control)
  const voteId = `vote-${randomBytes(4).toString('hex')}`
  const settings = { votesPerPerson: 2, kinds: [], anonymous: false, hideResults: false }
  writeWorkshop(control.doc, 'vote', createVote(settings, voteId, Date.now()))
  const path = `/api/boards/${board.id}/votes/${voteId}/results`
  await waitFor(async () => {
    const response = await server.cxmap.app.request(path, { headers: authHeaders(board.tokens.facilitator) })
    return response.status === 200
  })
  return voteId
}

/** Places one dot on `shape:pain` with `voterKey`; resolves with the status. */
export async function castDot(
  server: TestServer,
  board: MatrixBoard,
  voteId: string,
  token: string,
  voterKey: string,
): Promise<number> {
  const response = await server.cxmap.app.request(`/api/boards/${board.id}/votes/${voteId}/ballots`, {
    method: 'POST',
    headers: { ...authHeaders(token), [VOTER_KEY_HEADER]: voterKey, 'content-type': 'application/json' },
    body: JSON.stringify({ cardId: 'shape:pain' }),
  })
  return response.status
}

/** Opens the canvas with `token` and claims `voterKey` in awareness, as the app's vote module does. */
export async function claimVoterKey(
  server: TestServer,
  board: MatrixBoard,
  token: string,
  voterKey: string,
): Promise<TestClient> {
  const client = await connectSyncedClient(server.syncUrl, board.id, token)
  client.provider.awareness.setLocalStateField(PresenceStateField.voterKey, voterKey)
  return client
}

/** The role a facilitator's connection sees for a client that announced itself as the facilitator. */
export async function announceAsFacilitator(
  server: TestServer,
  board: MatrixBoard,
  token: string,
  observer: TestClient,
  track: (c: TestClient) => void,
): Promise<unknown> {
  const client = await connectSyncedClient(server.syncUrl, board.id, token)
  track(client)
  const person = { id: `p-${client.doc.clientID}`, name: 'Claims', color: '#f00', department: '', role: 'facilitator' }
  client.provider.awareness.setLocalStateField(PresenceStateField.person, person)
  const seen = await waitFor(
    () => (observer.provider.awareness.getStates().get(client.doc.clientID) as { person?: { role?: Role } })?.person,
    { message: 'the announced person' },
  )
  return seen.role
}

/**
 * Over a raw socket with `token`: announces its own entry, then an entry under `victim`'s client id (role
 * facilitator, name `Impostor`), then its own entry again; once that last one reached `observer`, so would have the
 * spoof. Resolves with the name the observer shows for the victim.
 */
export async function impersonate(
  server: TestServer,
  board: MatrixBoard,
  token: string,
  victim: TestClient,
  observer: TestClient,
): Promise<unknown> {
  const raw = await openRawClient(server.syncUrl, board.id, token)
  const own = 2 ** 30 + Math.floor(Math.random() * 1000)
  const person = (name: string) => ({
    person: { id: `raw-${own}`, name, color: '#f00', department: '', role: 'viewer' },
  })
  try {
    raw.socket.send(encodeAwarenessEntry(own, 1, person('First')))
    raw.socket.send(
      encodeAwarenessEntry(victim.doc.clientID, 1_000_000, {
        person: { ...person('Impostor').person, role: 'facilitator' },
      }),
    )
    raw.socket.send(encodeAwarenessEntry(own, 2, person('Last')))
    await waitFor(() => readName(observer, own) === 'Last', { message: "the raw socket's own entry" })
    return readName(observer, victim.doc.clientID)
  } finally {
    raw.socket.close()
  }
}

function readName(client: TestClient, clientId: number): unknown {
  return (client.provider.awareness.getStates().get(clientId) as { person?: { name?: unknown } } | undefined)?.person
    ?.name
}
