import type { DocKind } from '@cxmap/shared'
import * as Y from 'yjs'
import type { Logger } from '../../logger.ts'
import type { BoardStore, StoredDoc } from '../../storage/types.ts'
import type { RoomPresence } from '../RoomPresence.ts'
import type { Fanout } from './Fanout.ts'
import { remoteOrigin, type DocLink } from './types.ts'

/** What a {@link RemoteDoc} reads of its room. */
export interface RemoteDocHost {
  boardId: string
  kind: DocKind
  doc: Y.Doc
  store: Pick<BoardStore, 'loadDoc'>
  log: Logger
  readPresence(): Pick<RoomPresence, 'applyRemote' | 'dropInstance' | 'encodeLocal'>
  readState(): 'loading' | 'ready' | 'closed'
  /** Runs `apply` so that the room relays what it changes in the doc. */
  relayingChanges(apply: () => void): void
}

/**
 * A room's side of the fan-out: what other instances send about its doc. Their updates are applied with
 * {@link remoteOrigin} (the room relays them, neither storing nor gating them again: their instance did), after the
 * load when they come while the room loads; their clients' awareness goes to the room's presence.
 */
export class RemoteDoc {
  /** The doc's channel: the room subscribes before it loads, publishes what it stored, closes it when it closes. */
  readonly link: DocLink
  private readonly buffered: Uint8Array[] = []
  /** Messages may have been lost while the room was loading: it resyncs from the store once loaded. */
  private isResyncDue = false

  constructor(
    fanout: Fanout,
    private readonly host: RemoteDocHost,
  ) {
    this.link = fanout.openDoc(host.boardId, host.kind, {
      applyUpdate: (update) => this.applyUpdate(update),
      applyAwareness: (instanceId, update) => {
        if (host.readState() !== 'closed') host.readPresence().applyRemote(instanceId, update)
      },
      dropInstance: (instanceId) => {
        if (host.readState() !== 'closed') host.readPresence().dropInstance(instanceId)
      },
      encodeLocalAwareness: () => (host.readState() === 'ready' ? host.readPresence().encodeLocal() : null),
      resync: () => this.resync(),
    })
  }

  /** Applies what came while the room loaded (Yjs dedupes what the load already had); the room is now ready. */
  afterLoad(): void {
    for (const update of this.buffered.splice(0)) this.applyUpdate(update)
    if (this.isResyncDue) void this.resync()
  }

  /** Applies every stored update of the doc, other instances' included: relayed by the room, not stored again. */
  applyStored(stored: StoredDoc): void {
    const { doc } = this.host
    this.host.relayingChanges(() =>
      Y.transact(doc, () => stored.updates.forEach((update) => Y.applyUpdate(doc, update)), remoteOrigin),
    )
  }

  private applyUpdate(update: Uint8Array): void {
    if (this.host.readState() === 'loading') this.buffered.push(update)
    if (this.host.readState() !== 'ready') return
    try {
      this.host.relayingChanges(() => Y.applyUpdate(this.host.doc, update, remoteOrigin))
    } catch (error) {
      this.host.log.warn({ err: error }, 'bad update from another instance, resyncing from the store')
      void this.resync()
    }
  }

  /** Loads the stored doc and applies it: what was new here is relayed to the room's clients. */
  private async resync(): Promise<void> {
    if (this.host.readState() === 'loading') this.isResyncDue = true
    if (this.host.readState() !== 'ready') return
    this.isResyncDue = false
    try {
      const stored = await this.host.store.loadDoc(this.host.boardId, this.host.kind)
      if (this.host.readState() === 'ready') this.applyStored(stored)
    } catch (error) {
      this.host.log.error({ err: error }, 'resync from the store failed')
    }
  }
}
