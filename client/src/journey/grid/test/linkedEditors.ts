import type { Editor } from 'tldraw'
import * as Y from 'yjs'
import { bind, type BindingOrigin } from '../../../sync/bind.ts'
import { createManualScheduler, type ManualScheduler } from '../../../../test/manualScheduler.ts'
import type { Prng } from '../../../../test/prng.ts'
import { registerJourneyGridSideEffects } from '../gridSideEffects.ts'
import { createHeadlessEditor } from './headlessEditor.ts'

/** One person's browser: a headless editor with the grid behaviour, its store bound to its own doc. */
export interface LinkedPeer {
  editor: Editor
  doc: Y.Doc
  scheduler: ManualScheduler
  /** Updates this peer's binding wrote to its doc (what it sends to the server). */
  sentUpdates: number
  dispose: () => void
}

/**
 * Peers whose docs are connected each to each, like the sync server's relay: every update a peer writes is queued
 * for every other peer and delivered when the test says (at random, per-link order kept). Private brainstorm cards
 * (meta `cxPrivate`) stay out of the docs, as in the app.
 */
export class LinkedEditors {
  readonly peers: LinkedPeer[] = []
  private readonly queues = new Map<LinkedPeer, Uint8Array[]>()

  /** Adds a peer (Yjs client id = its position + 1, so seeded runs repeat). */
  async addPeer(): Promise<LinkedPeer> {
    const editor = await createHeadlessEditor()
    const doc = new Y.Doc()
    doc.clientID = this.peers.length + 1
    const scheduler = createManualScheduler()
    let origin: BindingOrigin | null = null
    const unbind = bind(editor.store, doc, {
      schedule: scheduler.schedule,
      onOrigin: (o) => (origin = o),
      isPrivate: (record) => 'meta' in record && typeof record.meta.cxPrivate === 'string',
    })
    const stopGrid = registerJourneyGridSideEffects(editor)
    const peer: LinkedPeer = {
      editor,
      doc,
      scheduler,
      sentUpdates: 0,
      dispose: () => {
        stopGrid()
        unbind()
        editor.dispose()
      },
    }
    doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from !== origin) return
      peer.sentUpdates++
      for (const other of this.peers) if (other !== peer) this.queueFor(other).push(update)
    })
    // What the peers wrote before this one joined (their seeds), as the server's first sync sends it.
    for (const other of this.peers) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other.doc), 'network')
      Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(doc), 'network')
    }
    this.peers.push(peer)
    this.queues.set(peer, [])
    return peer
  }

  /** Plays frames and delivers every message, in random order when a prng is given, until nothing is left. */
  async settle(prng?: Prng): Promise<number> {
    let rounds = 0
    for (; rounds < 1000; rounds++) {
      for (const peer of this.peers) {
        // The store hands its changes to listeners (the binding) once per frame; play that frame now.
        peer.editor.store._flushHistory()
        peer.scheduler.flush()
      }
      const waiting = this.peers.filter((peer) => this.queueFor(peer).length > 0)
      if (waiting.length === 0 && this.peers.every((peer) => peer.scheduler.size === 0)) return rounds
      for (const peer of prng ? shuffle(waiting, prng) : waiting) {
        const queue = this.queueFor(peer)
        const count = prng ? prng.int(1, queue.length) : queue.length
        for (const update of queue.splice(0, count)) Y.applyUpdate(peer.doc, update, 'network')
        // Remote changes are laid out on the next microtask.
        await Promise.resolve()
        await Promise.resolve()
      }
    }
    throw new Error('the peers did not settle within 1000 rounds')
  }

  /** Disposes every peer. */
  dispose(): void {
    for (const peer of this.peers) peer.dispose()
  }

  private queueFor(peer: LinkedPeer): Uint8Array[] {
    const queue = this.queues.get(peer)
    if (!queue) throw new Error('unknown peer')
    return queue
  }
}

function shuffle<T>(items: readonly T[], prng: Prng): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = prng.int(0, i)
    ;[result[i], result[j]] = [result[j] as T, result[i] as T]
  }
  return result
}
