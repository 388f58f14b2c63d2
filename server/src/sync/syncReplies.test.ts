import { deleteRecord, getRecordsMap, readAllRecords, writeRecord } from '@cxmap/shared'
import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCardRecord } from '../../test/boardDocs.ts'
import { connectClient, connectSyncedClient } from '../../test/clients.ts'
import { createBoardVia } from '../../test/testServer.ts'
import { useTestServers } from '../../test/useTestServers.ts'
import { waitFor } from '../../test/waitFor.ts'
import { SyncMessageType, encodeSyncStep2 } from './messages.ts'
import { SyncReplies } from './syncReplies.ts'

const EMPTY = Y.encodeStateVector(new Y.Doc())

/** A doc with `count` cards, each written by its own client as separate editors would. */
function createBoardDoc(count: number): Y.Doc {
  const doc = new Y.Doc()
  for (let i = 0; i < count; i++) {
    const editor = new Y.Doc()
    writeRecord(getRecordsMap(editor), createCardRecord(`shape:card${i}`, `Клиент ждёт ответа ${i}`))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor))
  }
  return doc
}

/** Changes `doc` with `edit` and tells `replies` what changed, as the room does. */
function change(doc: Y.Doc, replies: SyncReplies, edit: (doc: Y.Doc) => void): void {
  const updates: Uint8Array[] = []
  const record = (update: Uint8Array) => updates.push(update)
  doc.on('update', record)
  edit(doc)
  doc.off('update', record)
  updates.forEach((update) => replies.changed(update))
}

/** Applies sync messages (step 2 or update) as a client does, in order. */
function applyReplies(doc: Y.Doc, messages: Uint8Array[]): void {
  for (const message of messages) {
    const decoder = decoding.createDecoder(message)
    decoding.readVarUint(decoder)
    const syncType = decoding.readVarUint(decoder)
    expect([SyncMessageType.step2, SyncMessageType.update]).toContain(syncType)
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
  }
}

describe('SyncReplies', () => {
  it('encodes the whole doc once, and sends the changes made since before it', () => {
    const doc = createBoardDoc(40)
    const replies = new SyncReplies(doc)
    const [first] = replies.reply(EMPTY)
    expect(replies.reply(EMPTY)).toEqual([first])
    expect(replies.reply(EMPTY)[0]).toBe(first)

    change(doc, replies, (d) => writeRecord(getRecordsMap(d), createCardRecord('shape:late', 'новая')))
    change(doc, replies, (d) => deleteRecord(getRecordsMap(d), 'shape:card3'))
    const messages = replies.reply(EMPTY)
    expect(messages).toHaveLength(3)
    expect(messages.at(-1)).toBe(first)
    const client = new Y.Doc()
    applyReplies(client, messages)
    expect(readAllRecords(client)).toEqual(readAllRecords(doc))
    expect(Object.keys(readAllRecords(client))).not.toContain('shape:card3')
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc))
  })

  it('encodes the doc again once the changes outgrow a quarter of it', () => {
    const doc = createBoardDoc(10)
    const replies = new SyncReplies(doc)
    const [first] = replies.reply(EMPTY)
    change(doc, replies, (d) => writeRecord(getRecordsMap(d), createCardRecord('shape:long', 'x'.repeat(5000))))
    const messages = replies.reply(EMPTY)
    expect(messages).toHaveLength(1)
    expect(messages[0]).not.toBe(first)
    const client = new Y.Doc()
    applyReplies(client, messages)
    expect(readAllRecords(client)).toEqual(readAllRecords(doc))
  })

  it('keeps many small changes merged, and leaves a client with the doc', () => {
    const doc = createBoardDoc(200)
    const replies = new SyncReplies(doc)
    replies.reply(EMPTY)
    for (let i = 0; i < 150; i++)
      change(doc, replies, (d) => writeRecord(getRecordsMap(d), createCardRecord(`shape:more${i}`, `${i}`)))
    const messages = replies.reply(EMPTY)
    expect(messages.length).toBeLessThanOrEqual(66)
    const client = new Y.Doc()
    applyReplies(client, messages)
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(doc))
  })

  it('encodes a reply for a client that has part of the doc; a state vector of unknown clients is an empty one', () => {
    const doc = createBoardDoc(5)
    const replies = new SyncReplies(doc)
    const [whole] = replies.reply(EMPTY)
    const partial = createBoardDoc(0)
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(doc))
    change(doc, replies, (d) => writeRecord(getRecordsMap(d), createCardRecord('shape:late', 'новая')))
    const stateVector = Y.encodeStateVector(partial)
    expect(replies.reply(stateVector)).toEqual([encodeSyncStep2(doc, stateVector)])

    const strangers = new Y.Doc()
    writeRecord(getRecordsMap(strangers), createCardRecord('shape:elsewhere', 'x'))
    expect(replies.reply(Y.encodeStateVector(strangers)).at(-1)).toBe(whole)
  })
})

const { start, track } = useTestServers()

describe('a page that opens a board others edit', () => {
  it('has every change when its provider reports it synced', async () => {
    const server = await start()
    const board = await createBoardVia(server.cxmap)
    const editor = track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.editor))
    const records = getRecordsMap(editor.doc)
    for (let i = 0; i < 100; i++) writeRecord(records, createCardRecord(`shape:b${i}`, `Барьер ${i}`))
    await waitForServerRecords()
    // A page that opens the board now (an empty state vector) has the server encode the whole doc.
    track(await connectSyncedClient(server.syncUrl, board.id, board.tokens.viewer))
    // Changes small beside the board, so that the server sends them with the doc it encoded then.
    for (let i = 0; i < 3; i++) writeRecord(records, createCardRecord(`shape:w${i}`, `Этап ${i}`))
    deleteRecord(records, 'shape:w1')
    const expected = await waitForServerRecords()
    const viewer = track(connectClient(server.syncUrl, board.id, board.tokens.viewer))
    const atSync = await new Promise<string[]>((resolve) =>
      viewer.provider.once('sync', () => resolve(Object.keys(readAllRecords(viewer.doc)))),
    )
    expect(atSync.sort()).toEqual(expected)
    expect(atSync).not.toContain('shape:w1')

    async function waitForServerRecords(): Promise<string[]> {
      const expected = Object.keys(readAllRecords(editor.doc)).sort()
      await waitFor(async () => (await readServerRecords()).join() === expected.join(), {
        message: 'the server has the edits',
      })
      return expected
    }

    async function readServerRecords(): Promise<string[]> {
      const state = await server.cxmap.rooms.readLoadedDoc(board.id, 'board')
      const doc = new Y.Doc()
      if (state) Y.applyUpdate(doc, state)
      return Object.keys(readAllRecords(doc)).sort()
    }
  })
})
