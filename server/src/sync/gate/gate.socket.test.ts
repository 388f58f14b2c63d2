import {
  CloseCode,
  JOURNEY_GRID_TYPE,
  getMetaMap,
  getRecordsMap,
  readAllRecords,
  writeRecord,
  readWorkshop,
  writeWorkshop,
  type CreateBoardResponse,
  type DocRecord,
  type FieldEntry,
} from '@cxmap/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCardRecord, loadStoredBoardDoc } from '../../../test/boardDocs.ts'
import { connectSyncedClient, openRawClient, type TestClient } from '../../../test/clients.ts'
import { createBoardVia, type TestServer } from '../../../test/testServer.ts'
import { useTestServers } from '../../../test/useTestServers.ts'
import { waitFor } from '../../../test/waitFor.ts'
import { decodeServerMessage } from '../../../test/fakeClient.ts'
import { encodeUpdateMessage } from '../messages.ts'
import { GRID_LOCKED_REASON } from './gridLock.ts'

const { start, stop, track } = useTestServers()

async function join(server: TestServer, board: CreateBoardResponse, role: 'editor' | 'facilitator', kind?: 'control') {
  return track(await connectSyncedClient(server.syncUrl, board.id, board.tokens[role], kind))
}

function refusal(client: TestClient) {
  return waitFor(() => client.closes.find((close) => close.code === CloseCode.invalidUpdate), { message: '4422' })
}

function findGrid(doc: Y.Doc): DocRecord {
  return Object.values(readAllRecords(doc)).find((record) => record.type === JOURNEY_GRID_TYPE)!
}

/** A doc as the server holds it now (stored state). */
async function readServerDoc(server: TestServer, board: CreateBoardResponse, kind: 'board' | 'control') {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, (await server.cxmap.rooms.readLoadedDoc(board.id, kind)) ?? new Uint8Array([0, 0]))
  return doc
}

/** The board as a restarted server loads it from storage. */
async function reopenBoard(server: TestServer, board: CreateBoardResponse): Promise<Y.Doc> {
  await stop(server)
  const reopened = await start()
  return loadStoredBoardDoc(reopened.store, board.id)
}

/** The two updates a page (of `clientId`) sends when it creates a card and then moves it (x). */
function createAndMove(id: string, text: string, x: number) {
  const local = new Y.Doc()
  const updates: Uint8Array[] = []
  local.on('update', (update: Uint8Array) => updates.push(update))
  const card = createCardRecord(id, text)
  writeRecord(getRecordsMap(local), card)
  writeRecord(getRecordsMap(local), { ...card, x }, card)
  const [created, moved] = updates as [Uint8Array, Uint8Array]
  return { created, moved, clientId: local.clientID }
}

describe('the gate on real sockets', () => {
  it('closes a writer of an invalid record with 4422; the other client and the store never see it', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Gate', { template: 'base-cjm' })
    const [honest, hostile] = [await join(server, board, 'editor'), await join(server, board, 'editor')]
    writeRecord(getRecordsMap(honest.doc), createCardRecord('good', 'kept'))
    getRecordsMap(hostile.doc).set(
      'shape:bad',
      Y.Array.from<FieldEntry>([
        { k: 'id', v: 'shape:bad' },
        { k: 'typeName', v: 'shape' },
      ]),
    )
    expect((await refusal(hostile)).reason).toMatch(/record shape:bad is invalid/)
    const versionWriter = await join(server, board, 'editor')
    getMetaMap(versionWriter.doc).set('docVersion', 99)
    expect((await refusal(versionWriter)).reason).toMatch(/docVersion/)
    await waitFor(async () => readAllRecords(await readServerDoc(server, board, 'board'))['shape:good'])
    expect(readAllRecords(honest.doc)['shape:bad']).toBeUndefined()
    const stored = await reopenBoard(server, board)
    expect(Object.keys(readAllRecords(stored))).toContain('shape:good')
    expect(readAllRecords(stored)['shape:bad']).toBeUndefined()
    expect(getMetaMap(stored).get('docVersion')).not.toBe(99)
  })

  it('holds the grid lock: a scripted grid move is refused, a card move and the facilitator pass', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Locked', { template: 'base-cjm' })
    const control = await join(server, board, 'facilitator', 'control')
    const [editor, facilitator] = [await join(server, board, 'editor'), await join(server, board, 'facilitator')]
    const card = createCardRecord('c1', 'moves')
    writeRecord(getRecordsMap(editor.doc), card)
    writeWorkshop(control.doc, 'lock', { grids: true })
    const grid = findGrid(editor.doc)
    writeRecord(getRecordsMap(editor.doc), { ...card, x: 300 }, card)
    await waitFor(() => readAllRecords(facilitator.doc)['shape:c1']?.x === 300, { message: 'card moved' })
    await waitFor(async () => readWorkshop(await readServerDoc(server, board, 'control')).lock.grids)
    writeRecord(getRecordsMap(editor.doc), { ...grid, x: (grid.x as number) + 500 }, grid)
    expect(await refusal(editor)).toEqual({ code: CloseCode.invalidUpdate, reason: GRID_LOCKED_REASON })
    const moved = { ...grid, y: (grid.y as number) + 50 }
    writeRecord(getRecordsMap(facilitator.doc), moved, grid)
    const stored = await waitFor(async () => {
      const doc = await readServerDoc(server, board, 'board')
      return findGrid(doc).y === moved.y ? doc : null
    })
    expect(findGrid(stored).x).toBe(grid.x)
    expect(facilitator.closes).toEqual([])
  })

  it('stores and relays an accepted update as it was sent, once: the same bytes again are neither stored nor relayed', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'As sent', { template: 'blank' })
    const { created, moved } = createAndMove('sent', 'once', 7)
    const reader = await openRawClient(server.syncUrl, board.id, board.tokens.viewer)
    const writer = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    const relayed = () => reader.messages.map(decodeServerMessage).filter((message) => message.type === 'update')
    const storedCount = async () => (await server.store.loadDoc(board.id, 'board')).updates.length
    await waitFor(() => writer.messages.length > 0, { message: 'greeting' })
    const before = await storedCount()
    writer.socket.send(encodeUpdateMessage(created))
    await waitFor(() => relayed().length === 1, { message: 'the card relayed' })
    // A repeat changes nothing: the move behind it is the next and last thing stored and relayed.
    writer.socket.send(encodeUpdateMessage(created))
    writer.socket.send(encodeUpdateMessage(moved))
    await waitFor(() => relayed().length === 2, { message: 'the move relayed' })
    expect(relayed().map((message) => [...message.payload])).toEqual([[...created], [...moved]])
    await waitFor(async () => (await storedCount()) === before + 2, { message: 'both stored' })
    const stored = await reopenBoard(server, board)
    expect(readAllRecords(stored)['shape:sent']?.x).toBe(7)
    for (const { socket } of [reader, writer]) socket.close()
  })

  it('keeps an update with missing predecessors out and asks for them; nothing pending is stored or replayed', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Orphans', { template: 'blank' })
    const { moved, clientId } = createAndMove('orphan', 'never', 1)
    const raw = await openRawClient(server.syncUrl, board.id, board.tokens.editor)
    const stateVectors = () => raw.messages.map(decodeServerMessage).filter((message) => message.type === 'syncStep1')
    await waitFor(() => stateVectors().length === 1, { message: 'greeting' })
    raw.socket.send(encodeUpdateMessage(moved))
    // The server's reply asks for what it lacks (an honest client answers with its offline work); the socket stays.
    await waitFor(() => stateVectors().length === 2, { message: 'a syncStep1 in reply' })
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
    raw.socket.close()
    const stored = await reopenBoard(server, board)
    expect(stored.store.pendingStructs).toBeNull()
    expect(stored.store.clients.has(clientId)).toBe(false)
    expect(readAllRecords(stored)['shape:orphan']).toBeUndefined()
  })

  it('stores the gapped update once the client sent what it depends on', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap, 'Catch-up', { template: 'blank' })
    const writer = await join(server, board, 'editor')
    writer.provider.disconnect()
    const card = createCardRecord('offline', 'made offline')
    writeRecord(getRecordsMap(writer.doc), card)
    writer.provider.connect()
    // An edit sent before the client answered the server's syncStep1 with its offline work: it lacks predecessors.
    const moveOnOpen = ({ status }: { status: string }) => {
      if (status !== 'connected') return
      writer.provider.off('status', moveOnOpen)
      writeRecord(getRecordsMap(writer.doc), { ...card, x: 9 }, card)
    }
    writer.provider.on('status', moveOnOpen)
    await waitFor(async () => readAllRecords(await readServerDoc(server, board, 'board'))['shape:offline']?.x === 9)
    expect(writer.closes.map((close) => close.code)).not.toContain(CloseCode.invalidUpdate)
    expect(server.logs()).toContain('update lacks predecessors')
  })
})
