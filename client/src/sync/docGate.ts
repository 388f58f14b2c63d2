import type { TLStore } from 'tldraw'
import type { IndexeddbPersistence } from 'y-indexeddb'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { bind, type BindOptions } from './bind'
import { checkDocSchema } from './schemaCheck'

/** How long a first visit waits for the server before showing whatever this browser has. */
export const INITIAL_SYNC_TIMEOUT_MS = 4000

/**
 * Resolves once the doc holds what can be known of the board: this browser's copy, then the server's. It does not
 * wait for a server that is unreachable or refused us: offline work starts from the local copy.
 */
export async function waitForInitialState(
  persistence: IndexeddbPersistence | null,
  provider: WebsocketProvider,
  signal: AbortSignal,
): Promise<void> {
  if (persistence) await persistence.whenSynced
  if (signal.aborted || provider.synced || !navigator.onLine) return
  await new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer)
      provider.off('sync', finish)
      provider.off('connection-close', finish)
      window.removeEventListener('offline', finish)
      signal.removeEventListener('abort', finish)
      resolve()
    }
    const timer = setTimeout(finish, INITIAL_SYNC_TIMEOUT_MS)
    provider.on('sync', finish)
    provider.on('connection-close', finish)
    window.addEventListener('offline', finish)
    signal.addEventListener('abort', finish)
  })
}

/** Callbacks of {@link bindWhenCompatible}. */
export interface GateListener {
  onBound: () => void
  onNewerDoc: () => void
}

/**
 * Binds the store to the doc if this client understands the doc's schema; otherwise, or when a newer client writes
 * its schema later, reports `onNewerDoc` and leaves the doc alone (the binding stops itself in that case).
 * Returns the stop function.
 */
export function bindWhenCompatible(
  store: TLStore,
  doc: Y.Doc,
  listener: GateListener,
  options: Pick<BindOptions, 'isPrivate'> = {},
): () => void {
  if (!checkDocSchema(doc, store.schema).ok) {
    listener.onNewerDoc()
    return () => {}
  }
  const unbind = bind(store, doc, { ...options, onNewerDoc: listener.onNewerDoc })
  listener.onBound()
  return unbind
}
