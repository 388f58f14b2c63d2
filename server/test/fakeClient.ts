import type { DocKind, Role } from '@cxmap/shared'
import * as decoding from 'lib0/decoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { SyncSocket } from '../src/sync/Connection.ts'
import type { ConnectionHandle, RoomManager } from '../src/sync/RoomManager.ts'
import { encodeAwarenessMessage, encodeSyncStep1, encodeUpdateMessage } from '../src/sync/messages.ts'

/** A message the server sent, decoded. */
export type ServerMessage =
  { type: 'syncStep1' | 'syncStep2' | 'update'; payload: Uint8Array } | { type: 'awareness'; payload: Uint8Array }

/** Decodes a server → client message. */
export function decodeServerMessage(bytes: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(bytes)
  const type = decoding.readVarUint(decoder)
  if (type === 1) return { type: 'awareness', payload: decoding.readVarUint8Array(decoder) }
  if (type !== 0) throw new Error(`unexpected message type ${type}`)
  const syncType = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  return { type: (['syncStep1', 'syncStep2', 'update'] as const)[syncType]!, payload }
}

/** A socket that records what the room sends. */
export class FakeSocket implements SyncSocket {
  readonly sent: Uint8Array[] = []
  closed: { code: number; reason: string } | null = null

  send(bytes: Uint8Array): void {
    if (this.closed) throw new Error('send after close')
    this.sent.push(bytes)
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason }
  }
}

/**
 * A protocol-level client driving a {@link RoomManager} through a fake socket: it has its own doc and awareness, and
 * applies what the server sends when asked.
 */
export class FakeClient {
  readonly socket = new FakeSocket()
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  readonly handle: ConnectionHandle
  private applied = 0

  constructor(manager: RoomManager, boardId: string, role: Role, kind: DocKind = 'board', address?: string) {
    this.handle = manager.connect({ boardId, kind, role, socket: this.socket, address })
  }

  get messages(): ServerMessage[] {
    return this.socket.sent.map(decodeServerMessage)
  }

  /** Messages of one type received so far. */
  received(type: ServerMessage['type']): ServerMessage[] {
    return this.messages.filter((m) => m.type === type)
  }

  send(bytes: Uint8Array | string): void {
    this.handle.receive(bytes)
  }

  sendSyncStep1(): void {
    this.send(encodeSyncStep1(this.doc))
  }

  /** Changes the local doc and sends the resulting update. */
  sendChange(change: (doc: Y.Doc) => void): Uint8Array {
    const updates: Uint8Array[] = []
    const record = (update: Uint8Array) => updates.push(update)
    this.doc.on('update', record)
    change(this.doc)
    this.doc.off('update', record)
    const update = Y.mergeUpdates(updates)
    this.send(encodeUpdateMessage(update))
    return update
  }

  sendAwareness(state: Record<string, unknown> | null): void {
    this.awareness.setLocalState(state)
    this.send(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, [this.doc.clientID])))
  }

  /** Applies every server message not applied yet to the local doc and awareness. */
  applyReceived(): void {
    for (const message of this.messages.slice(this.applied)) {
      if (message.type === 'syncStep2' || message.type === 'update') Y.applyUpdate(this.doc, message.payload, 'server')
      if (message.type === 'awareness') applyAwarenessUpdate(this.awareness, message.payload, 'server')
    }
    this.applied = this.socket.sent.length
  }

  map(): Record<string, unknown> {
    this.applyReceived()
    return this.doc.getMap('m').toJSON()
  }

  disconnect(): void {
    this.handle.disconnect()
    this.awareness.destroy()
  }
}
