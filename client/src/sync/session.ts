import { CloseCode, SYNC_PATH, buildSyncProtocols, canEditBoard, privateBrainstormOf, type Role } from '@cxmap/shared'
import { atom, createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore, type TLUser } from 'tldraw'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { linkBoardDoc } from '../journey/boardDocs'
import { journeyShapeUtils } from '../journey/shapeUtils'
import type { CloseReason, ConnectionStatus } from '../state/connectionStore'
import { trackConnection, type ConnectionTracker } from './connection'
import { bindWhenCompatible, waitForInitialState } from './docGate'
import type { Identity } from '../state/identityStore'
import { sendOwnAwarenessOnly } from './ownAwareness'
import { mirrorRemotePresence, publishLocalPresence, publishPerson } from './presence'
import { toTLUser } from './tldrawUser'

/** What the board page needs to hear from a running session. */
export interface SessionListener {
  onStatus: (status: ConnectionStatus) => void
  onCloseReason: (reason: CloseReason | null) => void
  onBound: () => void
  onNewerDoc: () => void
}

/** Everything one open board holds locally: its doc, its storage, its socket and its tldraw store. */
export interface BoardSession {
  boardId: string
  role: Role
  doc: Y.Doc
  /** The browser's copy of the doc; `null` for viewers, whose local changes the server drops. */
  persistence: IndexeddbPersistence | null
  provider: WebsocketProvider
  /**
   * The board's control doc (timer, follow, lock, agenda…) on its own socket: everyone reads it, the server accepts
   * changes to it only from facilitators. Not kept in IndexedDB: it is live workshop state.
   */
  control: { doc: Y.Doc; provider: WebsocketProvider }
  store: TLStore
  connection: ConnectionTracker
  /** Changes who this client is on the board (cursor name and colour, participants list). */
  setIdentity: (identity: Identity | null) => void
  dispose: () => void
}

/** The control doc's room is the board's id followed by this (`/sync/:boardId/control`). */
export const CONTROL_ROOM_SUFFIX = 'control'

/** The sync endpoint's URL on this page's own host (`ws:`/`wss:` following the page). */
export function getSyncUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${protocol}//${location.host}${SYNC_PATH}`
}

/** Name of the board's IndexedDB database: local edits survive a reload even while offline. */
export function getLocalDbName(boardId: string): string {
  return `cxmap:${boardId}`
}

/**
 * Opens a board: one Y.Doc kept in IndexedDB and synced over the socket, a tldraw store bound to it once the doc
 * is known to be compatible, and presence in awareness. `dispose` undoes all of it.
 */
export function openBoardSession(boardId: string, token: string, role: Role, listener: SessionListener): BoardSession {
  const doc = new Y.Doc()
  // A viewer keeps no local copy: anything it changed locally (only by scripting the page) was dropped by the
  // server, and a stored copy would bring it back on every reload.
  const persistence = canEditBoard(role) ? new IndexeddbPersistence(getLocalDbName(boardId), doc) : null
  // The token rides in a subprotocol, not in the socket's URL, which proxies log; it throws if not base64url.
  const protocols = buildSyncProtocols(token)
  const provider = new WebsocketProvider(getSyncUrl(), boardId, doc, { protocols })
  // An update the server refused (4422) blocks every later one of this doc's client id, so the local copy could never
  // sync again: it is dropped, and a reload starts from the board as saved.
  provider.on('connection-close', (event) => {
    if (event?.code === CloseCode.invalidUpdate) void persistence?.clearData()
  })
  const controlDoc = new Y.Doc()
  const controlProvider = new WebsocketProvider(getSyncUrl(), `${boardId}/${CONTROL_ROOM_SUFFIX}`, controlDoc, {
    protocols,
  })
  sendOwnAwarenessOnly(provider)
  sendOwnAwarenessOnly(controlProvider)
  const $status = atom<'online' | 'offline'>('cxmap connection', 'offline')
  const $user = atom<TLUser | null>('cxmap user', null)
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...journeyShapeUtils],
    bindingUtils: defaultBindingUtils,
    collaboration: {
      status: $status,
      mode: atom<'readonly' | 'readwrite'>('cxmap mode', canEditBoard(role) ? 'readwrite' : 'readonly'),
    },
    // Viewers stamp no attribution: their writes would only be dropped by the server.
    users: { currentUser: canEditBoard(role) ? $user : atom<TLUser | null>('cxmap no user', null) },
  })

  const unlinkDoc = linkBoardDoc(store, doc)

  const connection = trackConnection(provider, {
    onStatus: (status) => {
      $status.set(status === 'connected' ? 'online' : 'offline')
      listener.onStatus(status)
    },
    onCloseReason: listener.onCloseReason,
  })
  const stopMirroring = mirrorRemotePresence(store, provider.awareness)
  const stopPublishing = publishLocalPresence(store, provider.awareness, $user)

  const abort = new AbortController()
  let stopBinding: (() => void) | null = null
  void waitForInitialState(persistence, provider, abort.signal).then(() => {
    if (abort.signal.aborted) return
    stopBinding = bindWhenCompatible(
      store,
      doc,
      { onBound: listener.onBound, onNewerDoc: listener.onNewerDoc },
      // A private brainstorm's shapes stay on this machine until the facilitator reveals them.
      { isPrivate: (record) => privateBrainstormOf(record) !== null },
    )
  })

  return {
    boardId,
    role,
    doc,
    persistence,
    provider,
    control: { doc: controlDoc, provider: controlProvider },
    store,
    connection,
    setIdentity: (identity) => {
      $user.set(identity ? toTLUser(identity) : null)
      publishPerson(provider.awareness, identity ? { ...identity, role } : null)
    },
    dispose: () => {
      abort.abort()
      stopBinding?.()
      stopPublishing()
      stopMirroring()
      unlinkDoc()
      connection.stop()
      provider.destroy()
      controlProvider.destroy()
      controlDoc.destroy()
      void persistence?.destroy()
      doc.destroy()
      store.dispose()
    },
  }
}
