import { createTLStore, type TLStore } from 'tldraw'
import * as Y from 'yjs'
import { bind, type BindOptions, type BindingOrigin, type InvalidRecord } from '../src/sync/bind'
import { createManualScheduler, type ManualScheduler } from './manualScheduler'
import type { Prng } from './prng'

/** One client: a tldraw store bound to its own Y.Doc, with a hand-driven frame scheduler. */
export class TestPeer {
  readonly store: TLStore = createTLStore()
  readonly doc = new Y.Doc()
  readonly scheduler: ManualScheduler = createManualScheduler()
  readonly invalid: InvalidRecord[] = []
  readonly errors: unknown[] = []
  origin: BindingOrigin | null = null
  private unbind: (() => void) | null = null

  constructor(
    readonly name: string,
    clientId: number,
  ) {
    // Fixed client ids make a seeded run reproducible: Yjs orders concurrent inserts by client id.
    this.doc.clientID = clientId
  }

  /** Binds the store to the doc (see `bind`), recording invalid records and errors. */
  bind(opts: BindOptions = {}): void {
    this.unbind = bind(this.store, this.doc, {
      schedule: this.scheduler.schedule,
      onInvalidRecord: (invalid) => this.invalid.push(invalid),
      onError: (error) => this.errors.push(error),
      onOrigin: (origin) => (this.origin = origin),
      ...opts,
    })
  }

  /** Disposes the binding (which flushes pending local changes). */
  dispose(): void {
    this.unbind?.()
    this.unbind = null
  }

  /** Plays one animation frame: pending local changes go to the doc. */
  flush(): void {
    this.scheduler.flush()
  }
}

/** One end of a link: a peer, or the hub (a relay that holds the doc, like the sync server). */
interface NetworkNode {
  readonly name: string
  readonly doc: Y.Doc
}

/** A one-way connection with its queue of updates in flight. */
interface Link {
  readonly from: NetworkNode
  readonly to: NetworkNode
  readonly queue: Uint8Array[]
}

/** How peers are connected: each to each (Yjs's test connector), or each to one relaying hub (our sync server). */
export type Topology = 'mesh' | 'hub'

/**
 * Connects peers' docs in the style of Yjs's test connector: every update a doc emits is queued on each of its
 * links and delivered when the test says, in order or at random. In a mesh every peer sends its own updates to every
 * other; with a hub, peers talk to the hub only and the hub relays what it receives, as the sync server does. An
 * offline peer sends and receives nothing (its queues are dropped); on reconnect it exchanges state-vector diffs
 * with its online neighbours.
 */
export class TestNetwork {
  readonly peers: TestPeer[] = []
  /** Whether {@link deliverRandom} may deliver a link's messages out of order (as no real transport does). */
  isOutOfOrder = false
  private readonly hub: NetworkNode | null
  private readonly links: Link[] = []
  private readonly online = new Set<NetworkNode>()

  constructor(readonly topology: Topology = 'mesh') {
    this.hub = topology === 'hub' ? { name: 'hub', doc: new Y.Doc() } : null
    if (this.hub) this.addNode(this.hub)
  }

  /** Creates a peer, online, with client id = its position + 1; it is not bound yet. */
  addPeer(name = `peer${this.peers.length + 1}`): TestPeer {
    const peer = new TestPeer(name, this.peers.length + 1)
    const neighbours = this.hub ? [this.hub] : [...this.peers]
    this.peers.push(peer)
    this.addNode(peer)
    for (const other of neighbours) {
      this.links.push({ from: peer, to: other, queue: [] }, { from: other, to: peer, queue: [] })
    }
    return peer
  }

  /** Whether any message waits for delivery. */
  hasMessages(): boolean {
    return this.links.some((link) => link.queue.length > 0)
  }

  /** How many messages wait for `peer`. */
  pendingFor(peer: TestPeer): number {
    return this.linksTo(peer).reduce((sum, link) => sum + link.queue.length, 0)
  }

  /** Delivers the oldest message of one link into `peer`; false when none waits. */
  deliverNext(peer: TestPeer): boolean {
    const link = this.linksTo(peer).find((candidate) => candidate.queue.length > 0)
    return link ? this.deliver(link, 0) : false
  }

  /**
   * Delivers one message of a random link: its oldest, or (out of order) a random one. False when none waits.
   */
  deliverRandom(prng: Prng): boolean {
    const waiting = this.links.filter((link) => link.queue.length > 0)
    if (waiting.length === 0) return false
    const link = prng.pick(waiting)
    return this.deliver(link, this.isOutOfOrder ? prng.int(0, link.queue.length - 1) : 0)
  }

  /** Delivers every message, including those that deliveries cause. */
  deliverAll(): void {
    while (this.hasMessages()) {
      for (const link of this.links) while (link.queue.length > 0) this.deliver(link, 0)
    }
  }

  /** Takes a peer offline: it neither sends nor receives, and what was in flight on its links is lost. */
  disconnect(peer: TestPeer): void {
    this.online.delete(peer)
    for (const link of this.links) if (link.from === peer || link.to === peer) link.queue.length = 0
  }

  /** Brings a peer back and exchanges state-vector diffs with its online neighbours. */
  reconnect(peer: TestPeer): void {
    if (this.online.has(peer)) return
    this.online.add(peer)
    for (const link of this.links) {
      if (link.from !== peer || !this.online.has(link.to)) continue
      const back = this.links.find((candidate) => candidate.from === link.to && candidate.to === peer)
      Y.applyUpdate(link.to.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(link.to.doc)), link)
      Y.applyUpdate(peer.doc, Y.encodeStateAsUpdate(link.to.doc, Y.encodeStateVector(peer.doc)), back)
    }
  }

  /** Whether `peer` is online. */
  isOnline(peer: TestPeer): boolean {
    return this.online.has(peer)
  }

  /** Brings everyone online and plays frames and deliveries until nothing is left to send. */
  settle(): void {
    for (const peer of this.peers) this.reconnect(peer)
    for (let round = 0; round < 100; round++) {
      for (const peer of this.peers) peer.flush()
      this.deliverAll()
      if (this.peers.every((peer) => peer.scheduler.size === 0) && !this.hasMessages()) return
    }
    throw new Error('the network did not settle within 100 rounds')
  }

  private addNode(node: NetworkNode): void {
    this.online.add(node)
    node.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const arrivedOn = this.links.find((link) => link === origin)
      // Peers send only their own updates; the hub relays everything, except back to where it came from.
      if (arrivedOn && node !== this.hub) return
      for (const link of this.links) {
        if (link.from !== node || link.to === arrivedOn?.from) continue
        if (this.online.has(node) && this.online.has(link.to)) link.queue.push(update)
      }
    })
  }

  private deliver(link: Link, index: number): boolean {
    const [update] = link.queue.splice(index, 1)
    if (!update) return false
    Y.applyUpdate(link.to.doc, update, link)
    return true
  }

  private linksTo(peer: TestPeer): Link[] {
    return this.links.filter((link) => link.to === peer)
  }
}
