import { randomBytes } from 'node:crypto'
import {
  JOURNEY_CARD_TYPE,
  JOURNEY_GRID_TYPE,
  PresenceStateField,
  VOTER_KEY_HEADER,
  createVote,
  getRecordsMap,
  readAllRecords,
  readRecordById,
  readWorkshop,
  writeRecord,
  writeWorkshop,
  type Role,
} from '@cxmap/shared'
import type * as Y from 'yjs'
import { connectClient, connectSyncedClient, openRawClient, type TestClient } from './clients.ts'
import { authHeaders, connectObserver, type MatrixBoard, type SyncOutcome } from './authFixture.ts'
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

/** Locks the grids through the facilitator's control connection and waits until another control client sees it. */
export async function lockGrids(server: TestServer, board: MatrixBoard, track: (c: TestClient) => void): Promise<void> {
  const control = await connectObserver(server, board, 'control')
  const watcher = await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer!, 'control')
  track(control)
  track(watcher)
  writeWorkshop(control.doc, 'lock', { grids: true })
  await waitFor(() => readWorkshop(watcher.doc).lock.grids, { message: 'the lock relayed' })
}

/** A scripted change: makes it in `doc` and returns how to tell that another doc received it. */
export type ScriptedEdit = (doc: Y.Doc) => (other: Y.Doc) => boolean

/** Moves the board's first grid 50 px right. */
export const moveGrid: ScriptedEdit = (doc) => moveFirst(doc, JOURNEY_GRID_TYPE)
/** Moves the first journey card 50 px right. */
export const moveCard: ScriptedEdit = (doc) => moveFirst(doc, JOURNEY_CARD_TYPE)

function moveFirst(doc: Y.Doc, type: string): (other: Y.Doc) => boolean {
  const record = Object.values(readAllRecords(doc)).find((r) => r.type === type)
  if (!record) throw new Error(`no ${type} on the board`)
  const x = (record.x as number) + 50
  writeRecord(getRecordsMap(doc), { ...record, x }, record)
  return (other) => readRecordById(getRecordsMap(other), record.id)?.x === x
}

/** Makes `edit` through a new board connection with `token`: `writes` when `observer` received it. */
export async function probeEdit(
  server: TestServer,
  board: MatrixBoard,
  token: string,
  observer: TestClient,
  edit: ScriptedEdit,
): Promise<SyncOutcome> {
  const client = connectClient(server.syncUrl, board.id, token)
  try {
    await waitFor(() => client.provider.synced, { message: 'synced' })
    const received = edit(client.doc)
    const done = () => received(observer.doc) || client.closes.length > 0
    await waitFor(done, { timeoutMs: 1500 }).catch(() => null)
    if (client.closes.length > 0) return `close ${client.closes[0]!.code}`
    return received(observer.doc) ? 'writes' : 'read-only'
  } finally {
    client.destroy()
  }
}
