import { canVote } from '@cxmap/shared'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { isRemoval, readAwarenessEntries, writeAwarenessEntries, type AwarenessEntry } from './awarenessEntries.ts'
import type { Connection } from './Connection.ts'
import { remoteOrigin } from './fanout/types.ts'
import { encodeAwarenessMessage } from './messages.ts'
import { stampAwarenessState } from './presenceStamp.ts'

/** Awareness client ids one connection may own: a y-websocket provider uses one per document. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 4
/** Largest awareness state accepted (its JSON); tldraw's presence with a large selection stays far below. */
const MAX_AWARENESS_STATE_BYTES = 64 * 1024

interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/** What a room's presence needs from its room. */
export interface RoomPresenceOptions {
  /** Changes within this window are relayed as one message (0: at once). */
  flushMs: number
  /** Sends a message to every connection of the room. */
  broadcast(bytes: Uint8Array): void
  /** Sends the changes of this instance's own clients to the other instances (an awareness update); none: alone. */
  publish?(update: Uint8Array): void
  /** Sends the voter keys this instance's connections hold to the other instances, whenever the set changes. */
  publishVoters?(voterKeys: string[]): void
}

/**
 * A room's awareness (cursors, selections, names): who owns which client id, what each connection may write, and the
 * relay of changes in windows. The server keeps no state of its own in it, but stamps each state it relays with the
 * writer's role, and keeps the voter key a voting connection claims (one per connection, for its lifetime).
 */
export class RoomPresence {
  private readonly awareness: Awareness
  /** Which connection owns each awareness client id: only the owner may change or remove its state. */
  private readonly owners = new Map<number, Connection>()
  /** Client ids changed since the last relay. */
  private readonly changed = new Set<number>()
  /** Client ids of other instances' clients, by instance: no connection here may write them. */
  private readonly remoteOwners = new Map<number, string>()
  /** Client ids of this instance's clients changed since the last relay: published to the other instances. */
  private readonly outgoing = new Set<number>()
  private timer: NodeJS.Timeout | null = null
  private isRelaying = false
  /** The voter key each voting connection claimed first; it counts only while that connection is open. */
  private readonly voterKeys = new Map<Connection, string>()
  /** How many open connections hold each claimed voter key (several tabs of one browser share one). */
  private readonly voterHolders = new Map<string, number>()

  constructor(
    doc: Y.Doc,
    private readonly options: RoomPresenceOptions,
  ) {
    this.awareness = new Awareness(doc)
    this.awareness.setLocalState(null)
  }

  /** Starts relaying changes (once the room is loaded). */
  start(): void {
    this.isRelaying = true
    this.awareness.on('update', this.handleUpdate)
  }

  /** How many clients have a state. */
  get size(): number {
    return this.awareness.getStates().size
  }

  /** Whether an open connection of a voting role claimed this voter key. */
  hasVoter(voterKey: string): boolean {
    return this.voterHolders.has(voterKey)
  }

  /** Every known state as one awareness message, for a connection that joins or asks. */
  encodeAll(): Uint8Array {
    return encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]))
  }

  /**
   * Applies the entries of an awareness update that the connection may write: the states of the client ids it owns,
   * and a new id's first state. Entries of ids another connection owns are echoes (y-websocket's provider re-sends
   * every state it receives) and are dropped without counting; so are stale ones. Only a message that carries the
   * connection's own state costs a token of its awareness limit: `false` when that limit is exceeded (nothing applied).
   */
  receive(connection: Connection, update: Uint8Array): boolean {
    const accepted = readAwarenessEntries(update).filter((entry) => this.mayWrite(connection, entry))
    if (accepted.length === 0) return true
    if (!connection.awarenessBucket.tryTake()) return false
    for (const entry of accepted) {
      if (isRemoval(entry)) {
        this.owners.delete(entry.clientId)
        connection.awarenessIds.delete(entry.clientId)
      } else if (!connection.awarenessIds.has(entry.clientId)) {
        this.owners.set(entry.clientId, connection)
        connection.awarenessIds.add(entry.clientId)
      }
    }
    applyAwarenessUpdate(this.awareness, writeAwarenessEntries(accepted), connection)
    return true
  }

  /** Forgets the client ids a connection owned and removes their states (it left). */
  release(connection: Connection): void {
    const owned = [...connection.awarenessIds]
    for (const id of owned) this.owners.delete(id)
    connection.awarenessIds.clear()
    this.releaseVoter(connection)
    if (owned.length > 0 && this.isRelaying) removeAwarenessStates(this.awareness, owned, null)
  }

  /** Applies the states of another instance's clients (it stamped them); never those of a client connected here. */
  applyRemote(instanceId: string, update: Uint8Array): void {
    let entries: AwarenessEntry[]
    try {
      entries = readAwarenessEntries(update)
    } catch {
      return
    }
    const accepted = entries.filter((entry) =>
      this.owners.has(entry.clientId)
        ? false
        : !isRemoval(entry) || this.remoteOwners.get(entry.clientId) === instanceId,
    )
    if (accepted.length === 0) return
    for (const entry of accepted) if (!isRemoval(entry)) this.remoteOwners.set(entry.clientId, instanceId)
    applyAwarenessUpdate(this.awareness, writeAwarenessEntries(accepted), remoteOrigin)
  }

  /** Removes the states of an instance's clients (it stopped or went silent). */
  dropInstance(instanceId: string): void {
    const ids = [...this.remoteOwners].filter(([, owner]) => owner === instanceId).map(([id]) => id)
    if (ids.length === 0) return
    removeAwarenessStates(this.awareness, ids, remoteOrigin)
    for (const id of ids) this.remoteOwners.delete(id)
  }

  /** The states of this instance's own clients as an awareness update; `null` when there are none. */
  encodeLocal(): Uint8Array | null {
    const states = this.awareness.getStates()
    const ids = [...this.owners.keys()].filter((id) => states.has(id))
    return ids.length > 0 ? encodeAwarenessUpdate(this.awareness, ids) : null
  }

  /** Stops relaying and frees the awareness. */
  destroy(): void {
    this.isRelaying = false
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.awareness.off('update', this.handleUpdate)
    this.awareness.destroy()
  }

  private mayWrite(connection: Connection, entry: AwarenessEntry): boolean {
    if (entry.stateBytes.byteLength > MAX_AWARENESS_STATE_BYTES) return false
    const owner = this.owners.get(entry.clientId)
    if (owner) return owner === connection
    if (this.remoteOwners.has(entry.clientId)) return false
    // An id nobody owns is claimed by a newer, non-empty state only: an echo of a state that left, or of one the room
    // has already seen a later clock of, claims nothing.
    if (isRemoval(entry) || connection.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION) return false
    const known = this.awareness.meta.get(entry.clientId)
    return known === undefined || entry.clock > known.clock
  }

  private readonly handleUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    // Before any relay (which may run at once): what goes out is the stamped state.
    for (const id of changes.added) this.stamp(id)
    for (const id of changes.updated) this.stamp(id)
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      this.changed.add(id)
      // Another instance's client (applied from it, or timed out here) is that instance's to publish.
      if (this.options.publish && origin !== remoteOrigin && !this.remoteOwners.has(id)) this.outgoing.add(id)
    }
    for (const id of changes.removed) this.remoteOwners.delete(id)
    if (this.options.flushMs <= 0) return this.relay()
    this.timer ??= setTimeout(() => this.relay(), this.options.flushMs)
  }

  /** Stamps a state its owner just wrote (see {@link stampAwarenessState}) and binds the voter key it claims. */
  private stamp(clientId: number): void {
    const owner = this.owners.get(clientId)
    const state = this.awareness.getStates().get(clientId)
    if (!owner || !state) return
    const voterKey = stampAwarenessState(state, owner.role)
    if (voterKey === null || this.voterKeys.has(owner) || !canVote(owner.role)) return
    this.voterKeys.set(owner, voterKey)
    const holders = this.voterHolders.get(voterKey) ?? 0
    this.voterHolders.set(voterKey, holders + 1)
    if (holders === 0) this.options.publishVoters?.([...this.voterHolders.keys()])
  }

  private releaseVoter(connection: Connection): void {
    const voterKey = this.voterKeys.get(connection)
    if (voterKey === undefined) return
    this.voterKeys.delete(connection)
    const holders = (this.voterHolders.get(voterKey) ?? 1) - 1
    if (holders > 0) return void this.voterHolders.set(voterKey, holders)
    this.voterHolders.delete(voterKey)
    this.options.publishVoters?.([...this.voterHolders.keys()])
  }

  /**
   * Relays every change since the last relay as one message per connection: with N people moving their cursors that
   * is N messages per window instead of N² per window. Sent to the senders too: y-websocket closes a connection that
   * received nothing for 30 s.
   */
  private relay(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (!this.isRelaying || this.changed.size === 0) return
    const clients = [...this.changed]
    this.changed.clear()
    this.options.broadcast(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness, clients)))
    if (this.outgoing.size === 0) return
    const local = [...this.outgoing]
    this.outgoing.clear()
    this.options.publish?.(encodeAwarenessUpdate(this.awareness, local))
  }
}
